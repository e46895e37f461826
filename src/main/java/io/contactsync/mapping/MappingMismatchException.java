package io.contactsync.mapping;

import java.util.List;

/** The field mapping does not fit Salesforce's or Genesys Cloud's schema; {@link #problems()} names each misfit. */
public final class MappingMismatchException extends RuntimeException {

    private final List<String> problems;

    public MappingMismatchException(List<String> problems) {
        super("The field mapping does not fit Salesforce and Genesys Cloud:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the mapping key at fault. */
    public List<String> problems() {
        return problems;
    }
}
