package org.babysteps.media.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Where the master key comes from, and the start-up refusals when it is missing or malformed. */
class MasterKeyTest {

    private static final String KEY = "idWAZhezeOg3sfEmsrhdTP3JE8USA8KpEXdTrXlpzts=";

    @TempDir
    Path dir;

    @Test
    void withAnExternalDatabaseAMissingKeyRefusesToStart() {
        MockEnvironment production = new MockEnvironment();

        assertThatThrownBy(() -> MasterKeyLoader.load(production)).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("media master key is not configured (babysteps.media.master-key)")
                .hasMessageContaining("will not start");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aBlankKeyIsAMissingKey() {
        MockEnvironment production = new MockEnvironment().withProperty("babysteps.media.master-key", "  ");

        assertThatThrownBy(() -> MasterKeyLoader.load(production)).hasMessageContaining("not configured");
    }

    @Test
    void aKeyThatIsNotBase64OrNot32BytesIsRefusedWithTheReason() {
        assertThatThrownBy(() -> MasterKeyLoader.load(new MockEnvironment()
                .withProperty("babysteps.media.master-key", "not base64 at all!")))
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("malformed: it is not base64");
        assertThatThrownBy(() -> MasterKeyLoader.load(new MockEnvironment()
                .withProperty("babysteps.media.master-key", "c2hvcnQ=")))
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("decodes to 5 bytes, not 32");
    }

    @Test
    void theMessageNeverContainsTheKey() {
        String almost = KEY.substring(0, KEY.length() - 4);
        assertThatThrownBy(() -> MasterKeyLoader.load(new MockEnvironment()
                .withProperty("babysteps.media.master-key", almost)))
                .message().doesNotContain(almost);
    }

    @Test
    void onTheEmbeddedDatabaseADevelopmentKeyIsMadeOnceReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("data/media-master.key");
        MockEnvironment embedded = new MockEnvironment()
                .withProperty("babysteps.embedded-database.active-directory", dir.resolve("postgres").toString())
                .withProperty("babysteps.media.dev-master-key-file", file.toString());

        MasterKey first = MasterKeyLoader.load(embedded);
        String written = Files.readString(file);
        MasterKey second = MasterKeyLoader.load(embedded);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo(written);
        assertThat(second.source()).contains(file.toString());
        UUID video = UUID.randomUUID();
        BlobStore store = new FileSystemBlobStore(dir.resolve("media"));
        WrappedKey key = new TinkVideoVault(first, store).newKey(video);
        new TinkVideoVault(first, store).writePart(video, key, 0, new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertThat(new TinkVideoVault(second, store).readPart(video, key, 0, 0, 3).readAllBytes())
                .containsExactly(1, 2, 3);
    }

    @Test
    void aConfiguredKeyWinsOverTheDevelopmentFile() {
        Path file = dir.resolve("media-master.key");
        MasterKey key = MasterKeyLoader.load(new MockEnvironment()
                .withProperty("babysteps.embedded-database.active-directory", dir.toString())
                .withProperty("babysteps.media.dev-master-key-file", file.toString())
                .withProperty("babysteps.media.master-key", KEY));

        assertThat(key.source()).isEqualTo("babysteps.media.master-key");
        assertThat(file).doesNotExist();
    }
}
