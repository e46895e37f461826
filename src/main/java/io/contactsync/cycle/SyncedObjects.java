package io.contactsync.cycle;

import io.contactsync.model.MappedObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The settings of each synced object, in the order a cycle settles them (organizations before the contacts that point
 * to them), and the object whose pass of the cycle runs now. The cycle's beans read the settings of that pass through
 * {@link #get()}: one cycle runs at a time, and an operator's write takes the same lock, so no two passes overlap.
 * Outside a cycle the contacts' settings are the ones {@link #get()} gives.
 */
public final class SyncedObjects implements Supplier<SyncSettings> {

    private final Map<MappedObject, ActiveSettings> settings;
    private volatile MappedObject pass = MappedObject.CONTACT;

    /** @param settings each synced object's, in pass order; the contacts' among them */
    public SyncedObjects(Map<MappedObject, ActiveSettings> settings) {
        if (!settings.containsKey(MappedObject.CONTACT)) {
            throw new IllegalArgumentException("contacts are always synced");
        }
        this.settings = new LinkedHashMap<>(settings);
    }

    /** The synced objects, in the order of their passes. */
    public List<MappedObject> objects() {
        return List.copyOf(settings.keySet());
    }

    public boolean syncs(MappedObject object) {
        return settings.containsKey(object);
    }

    /** Makes {@link #get()} give this object's settings, for its pass of a cycle (or an operator's job on its records). */
    public void begin(MappedObject object) {
        of(object);
        pass = object;
    }

    /** Outside any pass again: {@link #get()} gives the contacts' settings. */
    public void endPasses() {
        begin(MappedObject.CONTACT);
    }

    public ActiveSettings of(MappedObject object) {
        ActiveSettings objectSettings = settings.get(object);
        if (objectSettings == null) {
            throw new IllegalArgumentException(object + " is not synced");
        }
        return objectSettings;
    }

    @Override
    public SyncSettings get() {
        return of(pass).get();
    }

    /** {@link ActiveSettings#changed()} of the object's settings. */
    public boolean changed(MappedObject object) {
        return of(object).changed();
    }

    /** {@link ActiveSettings#adopt} of the object's settings. */
    public void adopt(MappedObject object, List<String> problems) {
        of(object).adopt(problems);
    }

    /** Why a changed mapping or policies file is not in use, for any object; empty when every one is. */
    public Optional<String> refusal() {
        return settings.values().stream().map(ActiveSettings::refusal).flatMap(Optional::stream).findFirst();
    }
}
