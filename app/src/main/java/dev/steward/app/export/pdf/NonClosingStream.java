package dev.steward.app.export.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/// OpenPDF closes the stream it writes to; the caller owns `out`, so only flush it.
final class NonClosingStream extends FilterOutputStream {
    NonClosingStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
