package org.babysteps.media.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Detects a wrong master key before any video is touched: the first start stores a known text encrypted under the
 * key; every later start (on every node) must decrypt it back, or start-up stops with a clear message.
 */
final class MasterKeyCanary {

    private static final byte[] TEXT = "Baby Steps media master key check".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CONTEXT = "babysteps.media/v1 master key canary".getBytes(StandardCharsets.UTF_8);

    private MasterKeyCanary() {
    }

    static void verify(JdbcClient jdbc, MasterKey key) {
        Optional<byte[]> stored = stored(jdbc);
        if (stored.isEmpty()) {
            // two nodes starting together: one insert wins and both check the winner's row
            jdbc.sql("insert into media_key_canary (id, ciphertext) values (1, :ciphertext) on conflict (id) do nothing")
                    .param("ciphertext", encrypt(key)).update();
            stored = stored(jdbc);
        }
        try {
            if (!Arrays.equals(key.aead().decrypt(stored.orElseThrow(), CONTEXT), TEXT)) {
                throw MasterKeyException.wrongKey(key.source());
            }
        } catch (GeneralSecurityException doesNotDecrypt) {
            throw MasterKeyException.wrongKey(key.source());
        }
    }

    private static Optional<byte[]> stored(JdbcClient jdbc) {
        return jdbc.sql("select ciphertext from media_key_canary where id = 1").query(byte[].class).optional();
    }

    private static byte[] encrypt(MasterKey key) {
        try {
            return key.aead().encrypt(TEXT, CONTEXT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not encrypt with the media master key", e);
        }
    }
}
