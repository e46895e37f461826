package io.contactsync.sandbox.genesys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Every version of every contact data schema, in version order; writes are atomic per schema. */
final class SchemaStore {

    private final ConcurrentHashMap<String, List<DataSchema>> schemas = new ConcurrentHashMap<>();

    /** Stores {@code create(new id)} as version 1 of a new schema. */
    DataSchema create(Function<String, DataSchema> create) {
        while (true) {
            String id = UUID.randomUUID().toString();
            DataSchema schema = create.apply(id);
            if (schemas.putIfAbsent(id, List.of(schema)) == null) {
                return schema;
            }
        }
    }

    /**
     * Appends {@code change(latest version)} as the schema's next version; an exception thrown by
     * {@code change} leaves the schema as it was.
     *
     * @return the new version, or empty if there is no such schema
     */
    Optional<DataSchema> update(String id, Function<DataSchema, DataSchema> change) {
        List<DataSchema> versions = schemas.computeIfPresent(id, (key, current) -> {
            List<DataSchema> next = new ArrayList<>(current);
            next.add(change.apply(current.get(current.size() - 1)));
            return List.copyOf(next);
        });
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    Optional<DataSchema> latest(String id) {
        return Optional.ofNullable(schemas.get(id)).map(v -> v.get(v.size() - 1));
    }

    /** Every version of the schema, oldest first; empty if there is no such schema. */
    List<DataSchema> versions(String id) {
        return schemas.getOrDefault(id, List.of());
    }

    Optional<DataSchema> version(String id, int version) {
        return versions(id).stream().filter(s -> s.version() == version).findFirst();
    }

    /** The latest version of every schema. */
    Collection<DataSchema> all() {
        return schemas.values().stream().map(v -> v.get(v.size() - 1)).toList();
    }

    boolean delete(String id) {
        return schemas.remove(id) != null;
    }

    void clear() {
        schemas.clear();
    }
}
