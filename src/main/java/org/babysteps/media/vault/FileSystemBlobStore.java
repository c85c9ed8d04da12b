package org.babysteps.media.vault;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Blobs as files under a root directory, a folder per name prefix. A blob is written to a locked temporary file
 * beside its final name ({@link UnfinishedFile}), forced to disk, then renamed atomically, so a killed server never
 * leaves a half blob that looks whole. What a killed write left behind goes with the next write into its folder
 * (the upload carrying on), or else when the folder is deleted.
 */
class FileSystemBlobStore implements BlobStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemBlobStore.class);

    private final Path root;
    /** The disk's block size, and whether parts are written with O_DIRECT ({@link DirectWrites}). */
    private final int blockSize;
    private final boolean direct;

    FileSystemBlobStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
        long size = Files.getFileStore(this.root).getBlockSize();
        this.blockSize = size > 0 && size <= 65_536 ? (int) size : 4096;
        this.direct = DirectWrites.supported(this.root, blockSize);
        LOG.info("Media parts are written to {} {}", this.root, direct ? "directly to disk (O_DIRECT, blocks of "
                + blockSize + " bytes)" : "through the page cache (this filesystem refuses O_DIRECT)");
    }

    @Override
    public void put(String name, BlobContent content) throws IOException {
        Path target = resolve(name);
        Files.createDirectories(target.getParent());
        UnfinishedFile.removeAbandoned(target.getParent());
        try (UnfinishedFile unfinished = direct ? UnfinishedFile.beside(target, DirectWrites.DIRECT)
                : UnfinishedFile.beside(target)) {
            write(content, unfinished.channel());
            unfinished.channel().force(true);
            // renamed while still open and locked, so no sweep can take it for abandoned in between
            Files.move(unfinished.path(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void write(BlobContent content, FileChannel channel) throws IOException {
        if (!direct) {
            content.writeTo(new KeepOpenOutputStream(Channels.newOutputStream(channel)));
            return;
        }
        DirectWrites out = new DirectWrites(channel, blockSize);
        try {
            content.writeTo(out);
            out.close(); // Tink closes it already; a writer that does not still gets its last block written
        } finally {
            out.release();
        }
    }

    @Override
    public SeekableByteChannel open(String name) throws IOException {
        return FileChannel.open(resolve(name), StandardOpenOption.READ);
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        Path folder = folderOf(prefix);
        String namePrefix = prefix.substring(prefix.lastIndexOf('/') + 1);
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(namePrefix) && !fileName.contains(UnfinishedFile.MARK) && Files.isRegularFile(file)) {
                    names.add(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
                }
            }
        } catch (NoSuchFileException noFolder) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        if (prefix.endsWith("/")) {
            FileSystemUtils.deleteRecursively(folderOf(prefix));
            return;
        }
        for (String name : list(prefix)) {
            Files.deleteIfExists(resolve(name));
        }
    }

    private Path folderOf(String prefix) {
        int slash = prefix.lastIndexOf('/');
        return slash < 0 ? root : resolve(prefix.substring(0, slash));
    }

    private Path resolve(String name) {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not a blob name: " + name);
        }
        return path;
    }
}
