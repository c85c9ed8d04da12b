package org.babysteps.media.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A read-only seekable view of one S3 object, so Tink can decrypt any range: each read is one ranged GET for the
 * bytes asked (Tink asks a whole 1 MB ciphertext segment at a time). {@code If-Match} on the ETag seen when the
 * channel opened guarantees all reads come from the same version of the object.
 */
final class S3ObjectChannel implements SeekableByteChannel {

    private static final int COPY_CHUNK = 64 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String eTag;
    private final long size;
    private long position;
    private boolean open = true;

    S3ObjectChannel(S3Client s3, String bucket, String key, String eTag, long size) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.eTag = eTag;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        ensureOpen();
        if (position >= size) {
            return -1;
        }
        int wanted = (int) Math.min(destination.remaining(), size - position);
        if (wanted == 0) {
            return 0;
        }
        String range = "bytes=" + position + "-" + (position + wanted - 1);
        int total = 0;
        try (InputStream in = s3.getObject(request -> request.bucket(bucket).key(key).range(range).ifMatch(eTag))) {
            byte[] chunk = new byte[Math.min(COPY_CHUNK, wanted)];
            while (total < wanted) {
                int read = in.read(chunk, 0, Math.min(chunk.length, wanted - total));
                if (read < 0) {
                    break;
                }
                destination.put(chunk, 0, read);
                total += read;
            }
        } catch (SdkException e) {
            throw new IOException("Could not read " + range + " of " + key + " from S3 bucket " + bucket, e);
        }
        if (total == 0) {
            throw new IOException("S3 object " + key + " ended before its stated size " + size);
        }
        position += total;
        return total;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position");
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return size;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
