package org.babysteps.media.parentlink;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a parent's watch link works: from when it is made until it expires a set number of days later, unless it is
 * withdrawn first. Whether its film still exists with current consent is asked of playback on every use besides.
 */
final class ParentLinkPolicy {

    private final Duration validFor;

    /** @param days how long a link works, at least 1 */
    ParentLinkPolicy(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A parent's watch link must work for at least a day, not " + days);
        }
        this.validFor = Duration.ofDays(days);
    }

    Instant expiresAt(Instant madeAt) {
        return madeAt.plus(validFor);
    }

    /** Why the link cannot be used at this moment, for the audit trail; empty when it can. */
    Optional<String> refusal(ParentLink link, Instant now) {
        if (link.withdrawnAt() != null) {
            return Optional.of("withdrawn");
        }
        if (!now.isBefore(link.expiresAt())) {
            return Optional.of("expired");
        }
        return Optional.empty();
    }
}
