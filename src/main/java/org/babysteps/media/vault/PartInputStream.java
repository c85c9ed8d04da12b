package org.babysteps.media.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/** At most {@code length} bytes from a decrypting channel's position; closing it closes the ciphertext too. */
final class PartInputStream extends InputStream {

    private final SeekableByteChannel channel;
    private long remaining;

    PartInputStream(SeekableByteChannel channel, long length) {
        this.channel = channel;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (remaining <= 0) {
            return -1;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, (int) Math.min(length, remaining));
        int read;
        do {
            read = channel.read(buffer);
        } while (read == 0);
        if (read > 0) {
            remaining -= read;
        } else {
            remaining = 0;
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
