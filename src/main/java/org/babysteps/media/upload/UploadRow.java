package org.babysteps.media.upload;

import java.util.UUID;
import org.babysteps.platform.SiteId;

/** An upload as stored: how much of the declared length has arrived, and the wrapped data key of its bytes. */
record UploadRow(UUID id, UUID siteId, UUID familyId, String contactCode, String status, long declaredLength,
                 long receivedLength, String contentType, byte[] wrappedKey, UUID createdBy) {

    /** A demonstration film's upload: of no family and no site. */
    boolean demonstration() {
        return familyId == null;
    }

    /** The site the film belongs to, or null for a demonstration film. */
    SiteId site() {
        return siteId == null ? null : new SiteId(siteId);
    }

    boolean complete() {
        return receivedLength == declaredLength;
    }
}
