package org.babysteps.media.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A killed write's leftover is removed by the next write into its folder; a write still going on, in this process
 * or another, never is, and another process's becomes removable the moment that process is killed.
 */
class UnfinishedFileTest {

    @TempDir
    Path root;

    @Test
    void whatAKilledWriteLeftIsRemovedByTheNextWriteIntoItsFolder() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        store.put("video/0000000000", out -> out.write(1));
        Path leftOver = Files.writeString(root.resolve("video/0000000001" + UnfinishedFile.MARK + "killed"), "half");

        store.put("video/0000000001", out -> out.write(2));

        assertThat(leftOver).doesNotExist();
        assertThat(store.list("video/")).containsExactly("video/0000000000", "video/0000000001");
    }

    @Test
    void aWriteGoingOnInThisProcessIsNotTakenForAbandonedByAnotherWrite() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> {
            try {
                store.put("video/0000000000", out -> {
                    out.write(new byte[1000]);
                    writing.countDown();
                    await(finish);
                    out.write(new byte[1000]);
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

        store.put("video/0000000001", out -> out.write(2));
        assertThat(unfinished(root.resolve("video"))).hasSize(1);
        finish.countDown();
        slow.get(10, TimeUnit.SECONDS);

        assertThat(store.list("video/")).containsExactly("video/0000000000", "video/0000000001");
        assertThat(Files.size(root.resolve("video/0000000000"))).isEqualTo(2000);
        assertThat(unfinished(root.resolve("video"))).isEmpty();
    }

    @Test
    void anotherProcesssWriteIsLeftAloneUntilThatProcessIsKilled() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process writer = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                HoldUnfinishedFile.class.getName(), root.resolve("0000000003").toString())).start();
        try {
            Path held = Path.of(new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());

            assertThat(UnfinishedFile.removeAbandoned(root)).isZero();
            assertThat(held).exists();

            writer.destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(UnfinishedFile.removeAbandoned(root)).isEqualTo(1);
            assertThat(held).doesNotExist();
        } finally {
            writer.destroyForcibly();
        }
    }

    private static List<Path> unfinished(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().contains(UnfinishedFile.MARK)).toList();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
