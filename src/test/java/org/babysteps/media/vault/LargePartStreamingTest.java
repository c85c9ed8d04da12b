package org.babysteps.media.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with the size of a part: a 200 MB part is encrypted, stored, read back and compared in a
 * JVM whose whole heap is 48 MB, so any code path that held the part (or a large share of it) would fail there.
 */
class LargePartStreamingTest {

    private static final long PART = 200L * 1024 * 1024;

    @TempDir
    Path root;

    @Test
    void aTwoHundredMegabytePartRoundTripsInAFortyEightMegabyteHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx48m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), LargePartRoundTrip.class.getName(),
                root.toString(), Long.toString(PART)))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("stored=" + PART + " same=true");
        long peakHeap = Long.parseLong(output.replaceAll("(?s).*peakHeap=(\\d+).*", "$1"));
        assertThat(peakHeap).as(output).isLessThan(48L * 1024 * 1024);
    }
}
