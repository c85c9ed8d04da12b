package org.babysteps.media.vault;

import java.io.IOException;

/** Stored bytes or a wrapped key failed authentication: tampered, damaged, or belonging to another video. */
public class VaultIntegrityException extends IOException {

    public VaultIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
