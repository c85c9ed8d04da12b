package org.babysteps.media.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every storage backend must give the vault; each backend's test class runs all of it. */
abstract class VideoVaultContract {

    static final int MB = 1024 * 1024;

    private final Random random = new Random(20261201);
    BlobStore store;
    VideoVault vault;

    abstract BlobStore newStore() throws Exception;

    @BeforeEach
    void openVault() throws Exception {
        store = newStore();
        vault = new TinkVideoVault(randomMasterKey(), store);
    }

    static MasterKey randomMasterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return MasterKey.fromBase64(Base64.getEncoder().encodeToString(key), "a test");
    }

    byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void severalPartsComeBackWholeAndAnyRangeAcrossSegmentsReadsTheSameBytes() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        byte[][] parts = {bytes(3 * MB + 17), bytes(1), bytes(MB), bytes(2 * MB + MB / 2)};
        for (int part = 0; part < parts.length; part++) {
            assertThat(vault.writePart(video, key, part, new ByteArrayInputStream(parts[part])))
                    .isEqualTo(parts[part].length);
        }

        assertThat(vault.parts(video)).containsExactly(0, 1, 2, 3);
        for (int part = 0; part < parts.length; part++) {
            assertThat(read(vault.readPart(video, key, part, 0, Long.MAX_VALUE))).isEqualTo(parts[part]);
            assertThat(vault.partSize(video, key, part)).isEqualTo(parts[part].length);
        }
        byte[] first = parts[0];
        for (int i = 0; i < 12; i++) {
            int offset = random.nextInt(first.length);
            int length = random.nextInt(Math.min(first.length - offset, 2 * MB) + 1);
            assertThat(read(vault.readPart(video, key, 0, offset, length)))
                    .isEqualTo(Arrays.copyOfRange(first, offset, offset + length));
        }
        // exactly across the first segment boundary, and a range running past the end of the part
        assertThat(read(vault.readPart(video, key, 0, MB - 100, 200)))
                .isEqualTo(Arrays.copyOfRange(first, MB - 100, MB + 100));
        assertThat(read(vault.readPart(video, key, 0, first.length - 5, 1000)))
                .isEqualTo(Arrays.copyOfRange(first, first.length - 5, first.length));
    }

    @Test
    void whatIsStoredIsNotThePlaintext() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        byte[] plaintext = new byte[64 * 1024];
        Arrays.fill(plaintext, (byte) 'A');
        vault.writePart(video, key, 0, new ByteArrayInputStream(plaintext));

        byte[] stored = storedBlob(PartNames.name(video, 0));
        assertThat(stored.length).isGreaterThan(plaintext.length);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("AAAAAAAAAAAAAAAA");
    }

    @Test
    void aFlippedCiphertextByteFailsTheReadInsteadOfReturningWrongBytes() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        byte[] plaintext = bytes(3 * MB);
        vault.writePart(video, key, 0, new ByteArrayInputStream(plaintext));
        String name = PartNames.name(video, 0);
        byte[] stored = storedBlob(name);
        stored[stored.length / 2] ^= 0x01;   // inside the second segment
        store.put(name, out -> out.write(stored));

        assertThatThrownBy(() -> read(vault.readPart(video, key, 0, 0, Long.MAX_VALUE))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read(vault.readPart(video, key, 0, (long) (1.5 * MB), 10)))
                .isInstanceOf(IOException.class);
        // only the segments a range touches are decrypted, and the untouched first segment still verifies
        assertThat(read(vault.readPart(video, key, 0, 0, 1000))).isEqualTo(Arrays.copyOf(plaintext, 1000));
    }

    @Test
    void aTruncatedPartFailsAtItsEnd() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        vault.writePart(video, key, 0, new ByteArrayInputStream(bytes(2 * MB + 10)));
        String name = PartNames.name(video, 0);
        byte[] stored = storedBlob(name);
        store.put(name, out -> out.write(stored, 0, stored.length - 20));

        assertThatThrownBy(() -> read(vault.readPart(video, key, 0, 0, Long.MAX_VALUE))).isInstanceOf(IOException.class);
    }

    @Test
    void aKeyWrappedForAnotherVideoIsRefused() throws IOException {
        UUID video = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        WrappedKey othersKey = vault.newKey(other);
        vault.writePart(video, key, 0, new ByteArrayInputStream(bytes(1000)));

        assertThatThrownBy(() -> vault.readPart(video, othersKey, 0, 0, 10)).isInstanceOf(VaultIntegrityException.class);
        assertThatThrownBy(() -> vault.writePart(other, key, 0, new ByteArrayInputStream(bytes(10))))
                .isInstanceOf(VaultIntegrityException.class);
    }

    @Test
    void aDataKeyCannotBeUnwrappedUnderAnotherMasterKey() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        vault.writePart(video, key, 0, new ByteArrayInputStream(bytes(1000)));
        VideoVault otherMaster = new TinkVideoVault(randomMasterKey(), store);

        assertThatThrownBy(() -> otherMaster.readPart(video, key, 0, 0, 10)).isInstanceOf(VaultIntegrityException.class);
    }

    @Test
    void aPartMovedToAnotherNumberOrVideoFailsAuthentication() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        vault.writePart(video, key, 0, new ByteArrayInputStream(bytes(5000)));
        byte[] stored = storedBlob(PartNames.name(video, 0));
        store.put(PartNames.name(video, 1), out -> out.write(stored));

        assertThatThrownBy(() -> read(vault.readPart(video, key, 1, 0, 10))).isInstanceOf(IOException.class);
    }

    @Test
    void aWriteThatFailsMidwayLeavesThePreviousPartAndNoHalfPart() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        byte[] whole = bytes(MB + 5);
        vault.writePart(video, key, 0, new ByteArrayInputStream(whole));

        assertThatThrownBy(() -> vault.writePart(video, key, 0, cutConnectionAfter(2 * MB))).hasMessageContaining("reset");
        assertThatThrownBy(() -> vault.writePart(video, key, 1, cutConnectionAfter(MB / 2)))
                .hasMessageContaining("reset");

        assertThat(vault.parts(video)).containsExactly(0);
        assertThat(read(vault.readPart(video, key, 0, 0, Long.MAX_VALUE))).isEqualTo(whole);
    }

    @Test
    void deletingAVideoRemovesEveryPartAndLeavesOtherVideos() throws IOException {
        UUID video = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        WrappedKey keptKey = vault.newKey(kept);
        for (int part = 0; part < 3; part++) {
            vault.writePart(video, key, part, new ByteArrayInputStream(bytes(1000)));
        }
        vault.writePart(kept, keptKey, 0, new ByteArrayInputStream(bytes(1000)));
        assertThatThrownBy(() -> vault.writePart(video, key, 3, cutConnectionAfter(100))).isInstanceOf(IOException.class);

        vault.deleteVideo(video);

        assertThat(vault.parts(video)).isEmpty();
        assertThat(store.list(PartNames.folder(video))).isEmpty();
        assertThatThrownBy(() -> vault.readPart(video, key, 0, 0, 10)).isInstanceOf(NoSuchFileException.class);
        assertThat(vault.parts(kept)).containsExactly(0);
    }

    @Test
    void deletingAPartRemovesThatPartAloneAndAPartNeverStoredIsNoError() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        for (int part : new int[] {1, 10, 11}) {
            vault.writePart(video, key, part, new ByteArrayInputStream(bytes(1000)));
        }

        vault.deletePart(video, 1);
        vault.deletePart(video, 2);

        assertThat(vault.parts(video)).containsExactly(10, 11);
    }

    @Test
    void aPartNeverStoredIsNoSuchFile() {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        assertThatThrownBy(() -> vault.readPart(video, key, 4, 0, 10)).isInstanceOf(NoSuchFileException.class);
    }

    static InputStream cutConnectionAfter(int bytes) {
        return new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ >= bytes) {
                    throw new IOException("connection reset");
                }
                return 7;
            }
        };
    }

    byte[] storedBlob(String name) throws IOException {
        try (SeekableByteChannel channel = store.open(name)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads until full
            }
            return buffer.array();
        }
    }

}
