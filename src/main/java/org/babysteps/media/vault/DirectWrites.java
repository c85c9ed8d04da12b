package org.babysteps.media.vault;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes a file with O_DIRECT: straight to the disk in large aligned blocks, bypassing the page cache. A part must be
 * on disk before its chunk is acknowledged; written through the page cache, each part's fsync then had to push
 * everything out at once while the network waited, and the upload ran at a third of a plain copy
 * (bench/README.md). The last block is padded to the alignment and the file then cut to its true length.
 *
 * <p>O_DIRECT wants the buffer, the file position and the length aligned to the disk's block size; the buffers here
 * are aligned direct memory, reused through a small pool so memory stays flat however many parts are written.
 */
final class DirectWrites extends OutputStream {

    static final OpenOption DIRECT = ExtendedOpenOption.DIRECT;
    private static final int BUFFER = 1024 * 1024;
    private static final BlockingQueue<ByteBuffer> POOL = new ArrayBlockingQueue<>(16);

    private final FileChannel channel;
    private final int blockSize;
    private ByteBuffer buffer;
    private long length;
    private boolean finished;

    /** @param channel a channel opened with {@link #DIRECT} (or without it: the result is the same, only slower) */
    DirectWrites(FileChannel channel, int blockSize) {
        if (blockSize <= 0 || BUFFER % blockSize != 0) {
            throw new IllegalArgumentException("a block size that divides " + BUFFER + ": " + blockSize);
        }
        this.channel = channel;
        this.blockSize = blockSize;
        ByteBuffer pooled = POOL.poll();
        this.buffer = pooled != null && pooled.alignmentOffset(0, blockSize) == 0 ? pooled
                : ByteBuffer.allocateDirect(BUFFER + blockSize).alignedSlice(blockSize).limit(BUFFER).slice();
        buffer.clear();
    }

    /**
     * Whether the filesystem under {@code folder} takes O_DIRECT writes of this block size (tmpfs and some others
     * refuse them); found by writing and removing a probe file.
     */
    static boolean supported(Path folder, int blockSize) {
        Path probe = folder.resolve(".direct-probe-" + UUID.randomUUID());
        try {
            try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    DIRECT); DirectWrites out = new DirectWrites(channel, blockSize)) {
                out.write(new byte[blockSize + 1]);
            }
            return Files.size(probe) == blockSize + 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a probe left behind is harmless: it is not a blob name
            }
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        if (finished) {
            throw new IOException("already finished");
        }
        while (count > 0) {
            int n = Math.min(count, buffer.remaining());
            buffer.put(bytes, offset, n);
            offset += n;
            count -= n;
            length += n;
            if (!buffer.hasRemaining()) {
                writeBuffer();
            }
        }
    }

    /**
     * Writes what is left, padded to a whole block, and cuts the file to the bytes written. Tink's stream closes the
     * stream under it when it ends, so this is where a part is finished; the store then forces and renames the file.
     */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            int tail = buffer.position() % blockSize;
            if (tail != 0) {
                buffer.put(new byte[blockSize - tail]);
            }
            if (buffer.position() > 0) {
                writeBuffer();
            }
            channel.truncate(length);
        } finally {
            release();
        }
    }

    /** Gives the buffer back; safe to call again, and after a failure. */
    void release() {
        if (buffer != null) {
            buffer.clear();
            POOL.offer(buffer);
            buffer = null;
        }
    }

    private void writeBuffer() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
