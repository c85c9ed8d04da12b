package org.babysteps.media.vault;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.UUID;

/**
 * Run in its own JVM with a small heap by {@link LargePartStreamingTest}: writes one generated part of the given
 * size through the vault, reads it all back, and prints whether the digests match and the peak heap used.
 */
public final class LargePartRoundTrip {

    private LargePartRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        VideoVault vault = new TinkVideoVault(VideoVaultContract.randomMasterKey(), new FileSystemBlobStore(root));
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);

        MessageDigest written = MessageDigest.getInstance("SHA-256");
        long stored = vault.writePart(video, key, 0, new DigestInputStream(new GeneratedBytes(size), written));
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(vault.readPart(video, key, 0, 0, Long.MAX_VALUE), read)) {
            in.transferTo(OutputStreamSink.INSTANCE);
        }
        boolean same = Arrays.equals(written.digest(), read.digest());
        System.out.println("stored=" + stored + " same=" + same + " maxHeap=" + Runtime.getRuntime().maxMemory()
                + " peakHeap=" + peakHeap());
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Deterministic bytes of a given length, made as they are read: nothing of the size is ever held. */
    static final class GeneratedBytes extends InputStream {
        private final long size;
        private long position;

        GeneratedBytes(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ * 31 % 251) : -1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                bytes[offset + i] = (byte) (position++ * 31 % 251);
            }
            return count;
        }
    }

    /** Discards what it is given. */
    static final class OutputStreamSink extends OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
        }
    }

}
