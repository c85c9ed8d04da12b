package org.babysteps.site.licence;

import java.util.EnumSet;
import java.util.Set;
import org.babysteps.site.LicenceState;

/**
 * What the licensor can do to a licence, from which states, and whether it needs a reason. Whether the licence has
 * started matters too (a licence not started yet is withdrawn, not ended): {@link LicenceLifecycle} checks that.
 */
public enum LicenceAction {
    ACTIVATE("Issue", "activation", LicenceState.ACTIVE, EnumSet.of(LicenceState.DRAFT), false),
    SUSPEND("Suspend", "suspension", LicenceState.SUSPENDED, EnumSet.of(LicenceState.ACTIVE, LicenceState.RENEWAL_DUE), true),
    REINSTATE("Reinstate", "reinstatement", LicenceState.ACTIVE, EnumSet.of(LicenceState.SUSPENDED), true),
    END("End", "ending", LicenceState.ENDED,
            EnumSet.of(LicenceState.ACTIVE, LicenceState.RENEWAL_DUE, LicenceState.SUSPENDED), true),
    /** A draft, or a licence issued for dates that have not come yet, taken back: ended today, kept with its history. */
    WITHDRAW("Withdraw", "withdrawal", LicenceState.ENDED,
            EnumSet.of(LicenceState.DRAFT, LicenceState.ACTIVE, LicenceState.RENEWAL_DUE, LicenceState.SUSPENDED), true);

    private final String label;
    private final String path;
    private final LicenceState result;
    private final Set<LicenceState> from;
    private final boolean needsReason;

    LicenceAction(String label, String path, LicenceState result, Set<LicenceState> from, boolean needsReason) {
        this.label = label;
        this.path = path;
        this.result = result;
        this.from = from;
        this.needsReason = needsReason;
    }

    public String label() {
        return label;
    }

    /** The last part of the action's web address, e.g. "suspension". */
    public String path() {
        return path;
    }

    /** The stored state after the action. */
    public LicenceState result() {
        return result;
    }

    public boolean allowedFrom(LicenceState state) {
        return from.contains(state);
    }

    public boolean needsReason() {
        return needsReason;
    }

    public static LicenceAction byPath(String path) {
        for (LicenceAction action : values()) {
            if (action.path.equals(path)) {
                return action;
            }
        }
        return null;
    }
}
