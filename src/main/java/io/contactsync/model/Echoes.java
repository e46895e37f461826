package io.contactsync.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A pair's echoes: per side and field, the value that side stored when the sync wrote it a value it stores in
 * another form (Genesys Cloud keeps a phone number without an extension too long for its {@code extension}, for
 * example). Reading that value back is the side's normalisation of the sync's own write, not a person's edit:
 * <ul>
 * <li>a side's value equal to its echo of the field's base value counts as the base value (unchanged);</li>
 * <li>any other value is what it is: once the field holds something else, that is an edit;</li>
 * <li>an echo applies only while the base holds the value it echoes, so a base that moved on leaves it behind,
 * and each write of the field to the side replaces it with what the side stored then.</li>
 * </ul>
 * Immutable; stored with the pair's base in the JSON form of {@link #toJson()}.
 */
public final class Echoes {

    /**
     * What one side stored of one field the sync wrote.
     *
     * @param written the value the sync wrote
     * @param stored  the value the side stored instead, or null when it stored none
     */
    public record Echo(String written, String stored) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Echoes NONE = new Echoes(new EnumMap<>(Side.class));

    /** Per side (only sides with echoes), per field. */
    private final Map<Side, Map<ContactField, Echo>> bySide;

    private Echoes(EnumMap<Side, Map<ContactField, Echo>> bySide) {
        bySide.replaceAll((side, echoes) -> Collections.unmodifiableMap(new TreeMap<>(echoes)));
        bySide.values().removeIf(Map::isEmpty);
        this.bySide = Collections.unmodifiableMap(bySide);
    }

    public static Echoes none() {
        return NONE;
    }

    /** A copy with the side's echo of the field set (replacing any it had). */
    public Echoes with(Side side, ContactField field, Echo echo) {
        EnumMap<Side, Map<ContactField, Echo>> copy = copy();
        copy.computeIfAbsent(side, s -> new TreeMap<>()).put(field, echo);
        return new Echoes(copy);
    }

    /** The side's echoes by field; empty when it has none. */
    public Map<ContactField, Echo> of(Side side) {
        return bySide.getOrDefault(side, Map.of());
    }

    public boolean isEmpty() {
        return bySide.isEmpty();
    }

    /**
     * The side's values as a merge compares them with the base: each value that is the side's echo of the field's
     * base value reads as that base value.
     */
    public Contact readAsBase(Side side, Contact values, Contact base) {
        Contact read = values;
        for (Map.Entry<ContactField, Echo> echo : of(side).entrySet()) {
            ContactField field = echo.getKey();
            if (applies(base, field, echo.getValue()) && Objects.equals(values.get(field), echo.getValue().stored())) {
                read = read.with(field, base.get(field));
            }
        }
        return read;
    }

    /** What the side holds while it stands at the base: the base, with the side's echo of each value it echoes. */
    public Contact heldAtBase(Side side, Contact base) {
        Contact held = base;
        for (Map.Entry<ContactField, Echo> echo : of(side).entrySet()) {
            if (applies(base, echo.getKey(), echo.getValue())) {
                held = held.with(echo.getKey(), echo.getValue().stored());
            }
        }
        return held;
    }

    /**
     * The echoes after a write to the side: each field written echoes what the side stored of it where that
     * differs from the value written, and no longer echoes anything otherwise.
     *
     * @param stored the side's values as its answer to the write showed them, or null when it did not show them
     *               (the write then leaves no echo of the fields it wrote)
     */
    public Echoes afterWrite(Side side, Patch written, Contact stored) {
        EnumMap<Side, Map<ContactField, Echo>> copy = copy();
        Map<ContactField, Echo> echoes = copy.computeIfAbsent(side, s -> new TreeMap<>());
        written.changes().forEach((field, value) -> {
            if (stored != null && !Objects.equals(stored.get(field), value)) {
                echoes.put(field, new Echo(value, stored.get(field)));
            } else {
                echoes.remove(field);
            }
        });
        return new Echoes(copy);
    }

    /** Only the echoes that still apply to the base: those of a settled field whose base value they echo. */
    public Echoes validFor(Contact base) {
        EnumMap<Side, Map<ContactField, Echo>> copy = copy();
        copy.values().forEach(echoes -> echoes.entrySet().removeIf(e -> !applies(base, e.getKey(), e.getValue())));
        return new Echoes(copy);
    }

    private static boolean applies(Contact base, ContactField field, Echo echo) {
        return base != null && !base.isUnsettled(field) && Objects.equals(base.get(field), echo.written());
    }

    /** {@code {"GENESYS":{"mobilePhone":{"written":"...","stored":"..."}}}}; {@code {}} when there are none. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        bySide.forEach((side, echoes) -> {
            ObjectNode fields = root.putObject(side.name());
            echoes.forEach((field, echo) -> fields.putObject(field.jsonName())
                    .put("written", echo.written()).put("stored", echo.stored()));
        });
        return root.toString();
    }

    /**
     * Parses the form written by {@link #toJson()}; null (a pair stored before echoes were kept) means none.
     *
     * @throws IllegalArgumentException on malformed JSON, an unknown side or an unknown field
     */
    public static Echoes fromJson(String json) {
        if (json == null) {
            return NONE;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an echoes JSON: " + e.getOriginalMessage(), e);
        }
        Echoes echoes = NONE;
        for (Iterator<Map.Entry<String, JsonNode>> sides = root.fields(); sides.hasNext(); ) {
            Map.Entry<String, JsonNode> side = sides.next();
            for (Iterator<Map.Entry<String, JsonNode>> fields = side.getValue().fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                echoes = echoes.with(Side.valueOf(side.getKey()), new ContactField(field.getKey()),
                        new Echo(text(field.getValue(), "written"), text(field.getValue(), "stored")));
            }
        }
        return echoes;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private EnumMap<Side, Map<ContactField, Echo>> copy() {
        EnumMap<Side, Map<ContactField, Echo>> copy = new EnumMap<>(Side.class);
        bySide.forEach((side, echoes) -> copy.put(side, new TreeMap<>(echoes)));
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Echoes echoes && bySide.equals(echoes.bySide);
    }

    @Override
    public int hashCode() {
        return bySide.hashCode();
    }

    @Override
    public String toString() {
        return "Echoes" + bySide;
    }
}
