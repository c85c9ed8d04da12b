package org.babysteps.media.vault;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Encrypted, chunked storage of video bytes. A video is a set of numbered parts (one per uploaded chunk), each
 * encrypted on its own under the video's data key, so a resumed upload never has to resume a cipher stream.
 * Every read is authenticated: tampered, truncated or swapped bytes raise an exception, never wrong data.
 */
public interface VideoVault {

    /** A fresh data key for a new video, wrapped by the master key and bound to this video id. */
    WrappedKey newKey(UUID videoId);

    /**
     * Encrypts and stores one part, streaming: memory use does not depend on its size. The part becomes visible
     * only once complete (an earlier part with the same number is replaced, so callers give each attempt a
     * number of its own); an exception leaves no part behind.
     *
     * @return the number of plaintext bytes stored
     */
    long writePart(UUID videoId, WrappedKey key, int part, InputStream plaintext) throws IOException;

    /**
     * Up to {@code length} plaintext bytes of a part from {@code offset} (fewer when the part ends first).
     * Decrypts and verifies only the segments the range touches. The stream must be closed.
     *
     * @throws java.nio.file.NoSuchFileException when the part is not stored
     * @throws VaultIntegrityException when the key does not belong to this video
     * @throws IOException when the stored bytes fail authentication (possibly while reading the stream)
     */
    InputStream readPart(UUID videoId, WrappedKey key, int part, long offset, long length) throws IOException;

    /** The plaintext size of a stored part (authenticates its first segment on the way). */
    long partSize(UUID videoId, WrappedKey key, int part) throws IOException;

    /** Removes one part, if stored: an attempt whose chunk was refused after its part was written. */
    void deletePart(UUID videoId, int part) throws IOException;

    /** The numbers of the completely stored parts of a video, ascending. */
    List<Integer> parts(UUID videoId) throws IOException;

    /**
     * Removes every stored part of a video, finished or not. The caller erases the video's {@link WrappedKey} in
     * the same step, so that copies of the ciphertext anywhere (backups, replicas) can never be decrypted again.
     */
    void deleteVideo(UUID videoId) throws IOException;
}
