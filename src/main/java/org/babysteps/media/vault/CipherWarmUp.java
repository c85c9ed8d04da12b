package org.babysteps.media.vault;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig2026;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Gets the JIT to compile the AES-GCM path before the first film arrives. Java 17 uses its fast GHASH instructions
 * (CLMUL) only once the methods calling them are compiled by C2, which counts calls, not bytes; Tink calls them a
 * few times per 1 MB segment, so a film is encrypted at about 70 MB/s for its first several hundred megabytes and a
 * whole 1 GB upload never got faster (bench/README.md). Encrypting and decrypting a few megabytes in 4 KB segments
 * under a throwaway key makes the same calls thousands of times in a fraction of a second; afterwards a segment
 * goes at several GB/s. Nothing is stored and the key is never kept.
 */
final class CipherWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(CipherWarmUp.class);
    /**
     * Each round is 1 MB in 4 KB segments, encrypted and decrypted. In a fresh JVM (-XX:+PrintCompilation) the last
     * method on the path, GHASH.update, reached C2 after 48 rounds (0.7 s) but not after 12; 64 leave a margin.
     */
    private static final int ROUNDS = 64;
    private static final byte[] STREAM = new byte[1 << 20];

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        long started = System.nanoTime();
        try {
            Configuration streaming = StreamingAeadConfig2026.get();
            StreamingAead cipher = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES128_GCM_HKDF_4KB,
                    streaming).getPrimitive(streaming, StreamingAead.class);
            for (int round = 0; round < ROUNDS; round++) {
                roundTrip(cipher);
            }
            LOG.debug("AES-GCM warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (GeneralSecurityException | IOException e) {
            // only speed is at stake: the first uploads are slower, nothing else changes
            LOG.warn("Could not warm up AES-GCM; the first films will encrypt slowly", e);
        }
    }

    private static void roundTrip(StreamingAead cipher) throws GeneralSecurityException, IOException {
        byte[] context = new byte[0];
        ByteArrayOutputStream ciphertext = new ByteArrayOutputStream(STREAM.length + 65_536);
        try (OutputStream encrypting = cipher.newEncryptingStream(ciphertext, context)) {
            encrypting.write(STREAM);
        }
        try (InputStream decrypting = cipher.newDecryptingStream(new ByteArrayInputStream(ciphertext.toByteArray()),
                context)) {
            decrypting.transferTo(OutputStream.nullOutputStream());
        }
    }
}
