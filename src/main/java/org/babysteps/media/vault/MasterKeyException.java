package org.babysteps.media.vault;

/**
 * The media master key is missing, malformed or not the one the stored videos were encrypted with. Thrown while
 * the application starts, so it refuses to start rather than store or serve video without the right key.
 */
public class MasterKeyException extends IllegalStateException {

    static final String PROPERTY = "babysteps.media.master-key";
    private static final String HOW = "Set " + PROPERTY + " (environment variable BABYSTEPS_MEDIA_MASTER_KEY) to the "
            + "base64 of 32 random bytes, e.g. the output of `openssl rand -base64 32`, and keep it outside the database.";

    private final String action;

    private MasterKeyException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }

    static MasterKeyException missing() {
        return new MasterKeyException("The media master key is not configured (" + PROPERTY + "). Videos are "
                + "stored only encrypted, so the platform will not start without it.", HOW);
    }

    static MasterKeyException malformed(String source, String problem) {
        return new MasterKeyException("The media master key from " + source + " is malformed: " + problem + ".", HOW);
    }

    static MasterKeyException wrongKey(String source) {
        return new MasterKeyException("The media master key from " + source + " is not the one this database's "
                + "videos were encrypted with (the check value in table media_key_canary does not decrypt with it).",
                "Start with the master key this database was first started with. A new key cannot read the videos "
                        + "already stored; to replace a key, re-wrap every video's data key with the new one first.");
    }
}
