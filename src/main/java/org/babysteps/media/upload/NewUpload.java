package org.babysteps.media.upload;

import java.util.UUID;

/** A film about to be uploaded from a home visit, with its length declared up front (tus Upload-Length). */
record NewUpload(UUID videoId, UUID siteId, UUID familyId, String contactCode, String title, long length,
                 UUID createdBy, String createdByName) {
}
