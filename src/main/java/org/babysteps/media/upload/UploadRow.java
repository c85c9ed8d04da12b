package org.babysteps.media.upload;

import java.util.UUID;

/** An upload as stored: how much of the declared length has arrived, and the wrapped data key of its bytes. */
record UploadRow(UUID id, UUID siteId, UUID familyId, String contactCode, String status, long declaredLength,
                 long receivedLength, String contentType, byte[] wrappedKey, UUID createdBy) {

    boolean complete() {
        return receivedLength == declaredLength;
    }
}
