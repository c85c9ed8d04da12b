package org.babysteps.media.upload;

/**
 * The protocol's arithmetic, without a database: a declared length within the limit, and a chunk that starts where the
 * upload stands and does not run past its declared end.
 */
final class UploadLimits {

    private final long maxBytes;

    UploadLimits(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    void checkDeclared(long length) {
        if (length <= 0) {
            throw new UploadRefused(400, "Say how long the film is (Upload-Length, more than 0 bytes).");
        }
        if (length > maxBytes) {
            throw new UploadRefused(413, "The film is " + megabytes(length) + " MB; films can be up to "
                    + megabytes(maxBytes) + " MB. Film a shorter clip, or use a lower quality setting.");
        }
    }

    /** @param contentLength the chunk's declared size, or -1 when the client streams without saying */
    void checkChunk(UploadRow upload, long offset, long contentLength) {
        if (upload.complete()) {
            throw new UploadRefused(409, "This film has already been uploaded in full.", upload.receivedLength());
        }
        if (offset != upload.receivedLength()) {
            throw new UploadRefused(409, "The upload stands at byte " + upload.receivedLength() + ", not " + offset
                    + ". Ask where it stands (HEAD) and carry on from there.", upload.receivedLength());
        }
        if (contentLength > upload.declaredLength() - offset) {
            throw new UploadRefused(413, "This chunk runs past the film's declared length.");
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
