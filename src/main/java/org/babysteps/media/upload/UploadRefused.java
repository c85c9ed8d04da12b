package org.babysteps.media.upload;

/**
 * Why an upload request cannot be taken, with the HTTP status the tus protocol gives it (e.g. 409 for a wrong offset,
 * 413 over the size limit, 415 not a video, 460 a checksum mismatch) and a sentence a person can act on.
 */
public class UploadRefused extends RuntimeException {

    private final int status;
    private final Long offset;

    public UploadRefused(int status, String message) {
        this(status, message, null);
    }

    public UploadRefused(int status, String message, Long offset) {
        super(message);
        this.status = status;
        this.offset = offset;
    }

    public int status() {
        return status;
    }

    /** Where the upload really stands, when the client's offset was wrong; null otherwise. */
    public Long offset() {
        return offset;
    }
}
