package org.babysteps.outcomes.link;

import java.time.Instant;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;

/** A parent's self-completion link as stored (without its token, which is never stored). */
public record LinkRecord(UUID id, FamilyId familyId, SiteId siteId, UUID participantId, String firstName,
                         String timePoint, Instant expiresAt, Instant submittedAt) {

    /** Who answers through a link, as the audit trail names them (with the link's id). */
    public static final String HOLDER = "parent by link";

    /** Whether the link can still be used at this moment: not submitted and not expired. */
    public boolean usableAt(Instant now) {
        return submittedAt == null && now.isBefore(expiresAt);
    }
}
