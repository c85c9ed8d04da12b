package org.babysteps.media.vault;

import java.util.Arrays;
import java.util.Base64;

/**
 * A video's data key, encrypted by the master key with the video's id as associated data. The caller stores these
 * bytes with the video record; erasing them (with the parts) makes the video unreadable for good, backups included.
 */
public record WrappedKey(byte[] bytes) {

    public WrappedKey {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("a wrapped key has bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** For a text column; the bytes are ciphertext, so this is safe to store but still not something to log. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static WrappedKey fromBase64(String text) {
        return new WrappedKey(Base64.getDecoder().decode(text));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WrappedKey[" + bytes.length + " bytes]";
    }
}
