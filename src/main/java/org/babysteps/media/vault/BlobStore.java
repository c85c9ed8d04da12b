package org.babysteps.media.vault;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.List;

/**
 * Where ciphertext blobs live: the local filesystem or S3-compatible object storage. Names are slash-separated
 * ({@code <video id>/<part>}); a store never sees plaintext.
 */
public interface BlobStore {

    /**
     * Stores a blob written by {@code content}. It appears under {@code name} only when {@code content} returns
     * normally, replacing any blob of that name; if it throws (or the server dies) no blob of that name appears.
     */
    void put(String name, BlobContent content) throws IOException;

    /** A read-only channel over a stored blob; {@link java.nio.file.NoSuchFileException} when there is none. */
    SeekableByteChannel open(String name) throws IOException;

    /** The names of the complete blobs whose names start with {@code prefix}, sorted. */
    List<String> list(String prefix) throws IOException;

    /** Removes every blob (and any unfinished write) whose name starts with {@code prefix}. */
    void deleteAll(String prefix) throws IOException;

    @FunctionalInterface
    interface BlobContent {
        /** Writes the blob; the store closes {@code out} itself. */
        void writeTo(OutputStream out) throws IOException;
    }
}
