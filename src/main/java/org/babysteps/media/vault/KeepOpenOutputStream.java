package org.babysteps.media.vault;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Lets a writer close its stream (Tink's encrypting stream closes the stream under it) while the store still owns
 * the file: it forces it to disk and commits it after the writer is done.
 */
final class KeepOpenOutputStream extends OutputStream {

    private final OutputStream out;

    KeepOpenOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
