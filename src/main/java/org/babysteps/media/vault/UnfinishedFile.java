package org.babysteps.media.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file being written before it becomes a blob (or is sent as one), locked for as long as its writer has it open.
 * The operating system drops the lock when the writer's process dies, however it dies (SIGKILL included), so a file
 * of this kind that nobody holds locked is the leftover of a killed write: {@link #removeAbandoned} removes those,
 * and never one still being written, by this process or another one on the same storage.
 *
 * <p>This process's own writes are skipped without even being opened: POSIX record locks belong to a process, and
 * closing any channel of a file drops them all, so a sweep here that opened a file this process is writing would
 * unlock it for the sweeps of other processes.
 */
final class UnfinishedFile implements AutoCloseable {

    /** Marks the names of unfinished files, which are never blobs. */
    static final String MARK = ".unfinished-";

    private static final int ATTEMPTS = 3;
    private static final Set<Path> WRITING_HERE = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final FileChannel channel;

    private UnfinishedFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** A new, locked, empty file beside {@code target} (whose name it starts with), opened with any extra options. */
    static UnfinishedFile beside(Path target, OpenOption... extra) throws IOException {
        Set<OpenOption> options = new HashSet<>(List.of(extra));
        options.add(StandardOpenOption.CREATE_NEW);
        options.add(StandardOpenOption.WRITE);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path path = target.resolveSibling(target.getFileName() + MARK + UUID.randomUUID()).toAbsolutePath()
                    .normalize();
            WRITING_HERE.add(path);
            FileChannel channel = null;
            try {
                channel = FileChannel.open(path, options);
                // another process's sweep may have locked (and removed) the file in the instant between its creation
                // and this lock: only a file that is locked by us and still there is ours to write
                if (lock(channel) != null && Files.exists(path)) {
                    return new UnfinishedFile(path, channel);
                }
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel, e);
                WRITING_HERE.remove(path);
                throw e;
            }
            channel.close();
            WRITING_HERE.remove(path);
        }
        throw new IOException("Could not start an unfinished file beside " + target + " in " + ATTEMPTS + " attempts");
    }

    /**
     * Removes the unfinished files in {@code folder} whose writers are gone. Cheap enough to run before each write:
     * a folder holds one video's parts, or the few parts staged at once.
     *
     * @return how many were removed
     */
    static int removeAbandoned(Path folder) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + MARK + "*")) {
            for (Path file : files) {
                if (!WRITING_HERE.contains(file.toAbsolutePath().normalize()) && removeIfAbandoned(file)) {
                    removed++;
                }
            }
        } catch (NoSuchFileException noFolder) {
            return 0;
        }
        return removed;
    }

    Path path() {
        return path;
    }

    FileChannel channel() {
        return channel;
    }

    /** Releases the lock and removes the file, unless it was moved to its final name meanwhile. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
            Files.deleteIfExists(path);
        } finally {
            WRITING_HERE.remove(path);
        }
    }

    private static boolean removeIfAbandoned(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (lock(channel) == null) {
                return false;
            }
            // removed while locked, so no writer can take it up in between
            return Files.deleteIfExists(file);
        } catch (NoSuchFileException goneMeanwhile) {
            return false;
        }
    }

    private static void closeQuietly(FileChannel channel, Exception failure) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The lock, or null when someone holds it: another process, or another channel of this one. */
    private static FileLock lock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }
}
