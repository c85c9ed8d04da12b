package org.babysteps.media.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * O_DIRECT writes pad the last block and cut the file back to its length. Run with O_DIRECT where the build's disk
 * takes it, and through the page cache otherwise: the bytes must come out the same either way.
 */
class DirectWritesTest {

    private static final int BLOCK = 4096;

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 1024 * 1024, 1024 * 1024 + 17, 3 * 1024 * 1024 - 5})
    void whateverTheLengthTheFileHoldsExactlyTheBytesWritten(int length) throws IOException {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        Path file = folder.resolve("part");
        OpenOption[] options = DirectWrites.supported(folder, BLOCK)
                ? new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, DirectWrites.DIRECT}
                : new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};

        try (FileChannel channel = FileChannel.open(file, options); DirectWrites out = new DirectWrites(channel, BLOCK)) {
            // in uneven pieces, as a cipher stream writes
            for (int offset = 0; offset < length; offset += 70_001) {
                out.write(bytes, offset, Math.min(70_001, length - offset));
            }
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3000})
    void aBlockSizeThatDoesNotDivideTheBufferIsRefused(int blockSize) throws IOException {
        try (FileChannel channel = FileChannel.open(folder.resolve("x"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DirectWrites(channel, blockSize))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
