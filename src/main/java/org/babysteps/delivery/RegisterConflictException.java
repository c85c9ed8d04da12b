package org.babysteps.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.babysteps.platform.RuleViolationException;

/**
 * Someone else saved this register after it was opened here. Nothing is overwritten: the caller shows what they
 * saved next to what this user chose, and the user saves again knowingly.
 */
public class RegisterConflictException extends RuleViolationException {

    private final transient Map<UUID, AttendanceStatus> saved;
    private final String savedBy;
    private final Instant savedAt;
    private final int currentVersion;

    public RegisterConflictException(Map<UUID, AttendanceStatus> saved, String savedBy, Instant savedAt, int currentVersion) {
        super(null, "Someone else (" + savedBy + ") saved this register while you were filling it in. "
                + "Check the differences below and save again.");
        this.saved = Map.copyOf(saved);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.currentVersion = currentVersion;
    }

    public Map<UUID, AttendanceStatus> saved() {
        return saved;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
