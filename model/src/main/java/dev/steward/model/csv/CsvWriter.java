package dev.steward.model.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/// Writes RFC 4180 CSV: comma separated, CRLF after every row, values quoted only when they contain a comma,
/// a double quote, CR or LF (quotes doubled inside). Line breaks inside a value are written as they are.
///
/// Every value passes through {@link FormulaGuard#guard(String)}, so no cell an export writes can start a
/// formula; {@link CsvReader} undoes it. `null` is written as an empty value.
public final class CsvWriter implements Closeable, Flushable {
    /// The UTF-8 byte order mark. Excel on Windows needs it to open UTF-8 CSV without mangling accents.
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer out;

    /// @param out receives the text; closed by {@link #close()}
    public CsvWriter(Writer out) {
        this.out = out;
    }

    /// A writer producing UTF-8, with the byte order mark first when `withBom` is true.
    public static CsvWriter utf8(OutputStream out, boolean withBom) throws IOException {
        if (withBom) {
            out.write(BOM);
        }
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    public void writeRow(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(FormulaGuard.guard(values.get(i))));
        }
        out.write("\r\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = false;
        for (int i = 0; i < value.length() && !needsQuotes; i++) {
            char c = value.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
