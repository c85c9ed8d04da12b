package org.babysteps.media.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The master key: an AES-256-GCM key (Tink AEAD) given as the base64 of 32 random bytes. It only wraps data keys
 * and the start-up canary; it never touches video bytes, and it is never stored in the database.
 */
final class MasterKey {

    static final int KEY_BYTES = 32;

    private final Aead aead;
    private final String source;

    private MasterKey(Aead aead, String source) {
        this.aead = aead;
        this.source = source;
    }

    /**
     * @param base64 the key text as configured
     * @param source where it came from, for messages (never the key itself)
     */
    static MasterKey fromBase64(String base64, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw MasterKeyException.malformed(source, "it is not base64");
        }
        if (raw.length != KEY_BYTES) {
            throw MasterKeyException.malformed(source, "it decodes to " + raw.length + " bytes, not " + KEY_BYTES);
        }
        try {
            AesGcmParameters parameters = AesGcmParameters.builder()
                    .setKeySizeBytes(KEY_BYTES).setIvSizeBytes(12).setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
            AesGcmKey key = AesGcmKey.builder().setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get())).build();
            KeysetHandle handle = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary()).build();
            return new MasterKey(handle.getPrimitive(AeadConfig2026.get(), Aead.class), source);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not build the media master key", e);
        }
    }

    Aead aead() {
        return aead;
    }

    String source() {
        return source;
    }
}
