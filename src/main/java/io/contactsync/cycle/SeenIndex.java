package io.contactsync.cycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one side seen this cycle, by email and by the other side's id they name: how the cycle
 * finds that a contact about to be created already exists on the other side, or that two records name
 * each other without a stored link (after a crash between a create and its link).
 */
public final class SeenIndex {

    private final Map<String, List<String>> idsByEmail = new HashMap<>();
    private final Map<String, List<String>> idsByNamedId = new HashMap<>();

    /** Indexes a record; a record read twice in a cycle (polled, then read by id) is indexed once. */
    public void add(String id, String email, String namedOtherId) {
        if (email != null) {
            addOnce(idsByEmail.computeIfAbsent(email, k -> new ArrayList<>(1)), id);
        }
        if (namedOtherId != null) {
            addOnce(idsByNamedId.computeIfAbsent(namedOtherId, k -> new ArrayList<>(1)), id);
        }
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    public List<String> idsWithEmail(String email) {
        return email == null ? List.of() : idsByEmail.getOrDefault(email, List.of());
    }

    /** The records that name this id of the other side as their counterpart. */
    public List<String> idsNaming(String otherSideId) {
        return idsByNamedId.getOrDefault(otherSideId, List.of());
    }
}
