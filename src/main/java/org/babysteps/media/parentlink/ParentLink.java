package org.babysteps.media.parentlink;

import java.time.Instant;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;

/** A parent's watch link as stored (without its token, which is never stored). */
record ParentLink(UUID id, UUID videoId, SiteId siteId, FamilyId familyId, UUID participantId, String parentName,
                  String createdByName, Instant createdAt, Instant expiresAt, Instant withdrawnAt) {

    /** Who watches through this link, as the audit trail and the viewings name them. */
    String holderName() {
        return "parent via link " + id;
    }
}
