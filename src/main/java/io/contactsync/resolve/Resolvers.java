package io.contactsync.resolve;

import java.util.Map;

/** The resolvers by their configuration (and bean) names. */
public final class Resolvers {

    private static final Map<String, Resolver> BY_NAME = Map.of(
            ThreeWayMergeResolver.NAME, new ThreeWayMergeResolver(),
            FieldPriorityResolver.NAME, new FieldPriorityResolver(),
            LastWriteWinsResolver.NAME, new LastWriteWinsResolver());

    private Resolvers() {
    }

    /** @throws IllegalArgumentException for an unknown name, listing the known ones */
    public static Resolver byName(String name) {
        Resolver resolver = BY_NAME.get(name);
        if (resolver == null) {
            throw new IllegalArgumentException("Unknown resolver '" + name + "' (known: " + names() + ")");
        }
        return resolver;
    }

    public static String names() {
        return String.join(", ", ThreeWayMergeResolver.NAME, FieldPriorityResolver.NAME, LastWriteWinsResolver.NAME);
    }
}
