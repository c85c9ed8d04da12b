package org.babysteps.media.vault;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig2026;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.UUID;

/**
 * The vault on Tink's streaming AEAD: AES-256-GCM in 1 MB segments with per-stream keys derived by HKDF, each
 * segment authenticated and bound to its position, so truncation, reordering and flipped bytes are all detected
 * and a range read decrypts only the segments it needs. The associated data binds each part to its video and
 * number, and each data key to its video.
 */
final class TinkVideoVault implements VideoVault {

    private final MasterKey master;
    private final BlobStore store;
    private final Configuration streaming = StreamingAeadConfig2026.get();

    TinkVideoVault(MasterKey master, BlobStore store) {
        this.master = master;
        this.store = store;
    }

    @Override
    public WrappedKey newKey(UUID videoId) {
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB,
                    streaming);
            return new WrappedKey(TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, master.aead(),
                    keyContext(videoId), streaming));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not create a data key", e);
        }
    }

    @Override
    public long writePart(UUID videoId, WrappedKey key, int part, InputStream plaintext) throws IOException {
        StreamingAead cipher = unwrap(videoId, key);
        long[] written = {0};
        store.put(PartNames.name(videoId, part), out -> {
            try (OutputStream encrypting = cipher.newEncryptingStream(out, partContext(videoId, part))) {
                written[0] = plaintext.transferTo(encrypting);
            } catch (GeneralSecurityException e) {
                throw new IOException("Tink could not start encrypting part " + part + " of video " + videoId, e);
            }
        });
        return written[0];
    }

    @Override
    public InputStream readPart(UUID videoId, WrappedKey key, int part, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("a range has a non-negative offset and length");
        }
        SeekableByteChannel plain = decrypting(videoId, key, part);
        try {
            plain.position(offset);
            return new PartInputStream(plain, length);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    @Override
    public long partSize(UUID videoId, WrappedKey key, int part) throws IOException {
        try (SeekableByteChannel plain = decrypting(videoId, key, part)) {
            // Tink's keyset channel picks (and so authenticates) the key on the first read, only then knows the size
            plain.read(ByteBuffer.allocate(1));
            return plain.size();
        }
    }

    @Override
    public List<Integer> parts(UUID videoId) throws IOException {
        return store.list(PartNames.folder(videoId)).stream().map(PartNames::partNumber).sorted().toList();
    }

    @Override
    public void deletePart(UUID videoId, int part) throws IOException {
        // names are zero-padded to one length, so the whole name as a prefix matches this part alone
        store.deleteAll(PartNames.name(videoId, part));
    }

    @Override
    public void deleteVideo(UUID videoId) throws IOException {
        store.deleteAll(PartNames.folder(videoId));
    }

    private SeekableByteChannel decrypting(UUID videoId, WrappedKey key, int part) throws IOException {
        StreamingAead cipher = unwrap(videoId, key);
        SeekableByteChannel ciphertext = store.open(PartNames.name(videoId, part));
        try {
            return cipher.newSeekableDecryptingChannel(ciphertext, partContext(videoId, part));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            ciphertext.close();
            throw e instanceof IOException io ? io : new VaultIntegrityException("part " + part + " of video "
                    + videoId + " cannot be decrypted", e);
        }
    }

    private StreamingAead unwrap(UUID videoId, WrappedKey key) throws VaultIntegrityException {
        try {
            KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(key.bytes(), master.aead(),
                    keyContext(videoId), streaming);
            return dataKey.getPrimitive(streaming, StreamingAead.class);
        } catch (GeneralSecurityException e) {
            throw new VaultIntegrityException("the data key was not wrapped for video " + videoId
                    + " under this master key", e);
        }
    }

    private static byte[] keyContext(UUID videoId) {
        return ("babysteps.media/v1 data key of video " + videoId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] partContext(UUID videoId, int part) {
        return ("babysteps.media/v1 video " + videoId + " part " + part).getBytes(StandardCharsets.UTF_8);
    }
}
