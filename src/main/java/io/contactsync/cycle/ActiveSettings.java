package io.contactsync.cycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The settings in use, and their reload: as each cycle starts (route {@code require-fitting-mapping}) the mapping and
 * policies files are read again; settings that differ are checked against both systems' schemas like at the start,
 * and taken into use when they fit. A change that does not load or does not fit is refused: the settings in use stay,
 * and the refusal is what the monitor alerts on until the files are fixed or put back.
 */
public final class ActiveSettings implements Supplier<SyncSettings> {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveSettings.class);

    private final Supplier<SyncSettings> files;
    private volatile SyncSettings inUse;
    /** Changed settings waiting for their mapping check; null when none. */
    private volatile SyncSettings proposed;
    /** The settings last refused, not checked again while the files stay the same; null when none. */
    private volatile SyncSettings refused;
    /** Why the files as they are now are not in use; null when they are. */
    private volatile String refusal;

    /** @param files reads the mapping and policies files again (throws when they do not load) */
    public ActiveSettings(SyncSettings initial, Supplier<SyncSettings> files) {
        this.inUse = Objects.requireNonNull(initial);
        this.files = files;
    }

    @Override
    public SyncSettings get() {
        return inUse;
    }

    /** The settings a mapping check looks at: changed ones waiting for it, else those in use. */
    public SyncSettings underCheck() {
        SyncSettings waiting = proposed;
        return waiting != null ? waiting : inUse;
    }

    /**
     * Reads the files again.
     *
     * @return whether they say something new (other than the settings in use and than the last refused ones), which
     * then waits for its mapping check and {@link #adopt}
     */
    public boolean changed() {
        SyncSettings read;
        try {
            read = files.get();
        } catch (RuntimeException e) {
            refuse(null, "the changed mapping or policies file does not load: " + e.getMessage());
            return false;
        }
        if (read.sameAs(inUse)) {
            if (refusal != null) {
                LOG.info("The mapping and policies files are back to the settings in use");
            }
            refused = null;
            refusal = null;
            return false;
        }
        if (refused != null && read.sameAs(refused)) {
            return false;
        }
        proposed = read;
        return true;
    }

    /**
     * After the mapping check of the changed settings: they are in use from this cycle on when they fit; else they are
     * refused and the settings in use stay.
     *
     * @param problems the check's, one line each; empty when the mapping fits
     */
    public void adopt(List<String> problems) {
        SyncSettings checked = proposed;
        proposed = null;
        if (checked == null) {
            throw new IllegalStateException("no changed settings to adopt");
        }
        if (problems.isEmpty()) {
            inUse = checked;
            refused = null;
            refusal = null;
            LOG.info("The changed mapping and policies files are in use from this cycle on: {} fields, direction {}",
                    checked.mapping().fields().size(), checked.mapping().direction());
        } else {
            refuse(checked, "the changed field mapping does not fit the systems' schemas: "
                    + String.join("; ", problems));
        }
    }

    /** Why the mapping or policies file as it is now is not in use; empty when it is. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    private void refuse(SyncSettings settings, String reason) {
        refused = settings;
        if (!reason.equals(refusal)) {
            LOG.warn("Settings change refused, the sync keeps the settings in use: {}", reason);
        }
        refusal = reason;
    }
}
