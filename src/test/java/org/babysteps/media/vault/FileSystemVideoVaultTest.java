package org.babysteps.media.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault on the default backend, files under a directory. */
class FileSystemVideoVaultTest extends VideoVaultContract {

    @TempDir
    Path root;

    @Override
    BlobStore newStore() throws IOException {
        return new FileSystemBlobStore(root);
    }

    @Test
    void whatAKilledServerLeftMidWriteIsNeverAPartAndGoesWithItsVideo() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        vault.writePart(video, key, 0, new ByteArrayInputStream(bytes(100)));
        // the temporary file of part 1, as a server killed before the rename would leave it
        Path leftOver = Files.writeString(root.resolve(video.toString()).resolve("0000000001.unfinished-x"), "half");

        assertThat(vault.parts(video)).containsExactly(0);

        vault.deleteVideo(video);
        assertThat(leftOver).doesNotExist();
        assertThat(root.resolve(video.toString())).doesNotExist();
    }
}
