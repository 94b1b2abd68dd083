package dev.steward.model.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Reads RFC 4180 CSV from UTF-8 bytes, one record at a time, knowing the physical line each record starts on.
///
/// Hand-written rather than a library because errors must point at lines: the input is split into physical
/// lines on LF bytes first (LF never occurs inside a multi-byte UTF-8 sequence), each line is decoded strictly,
/// and quoted values may continue over following lines. So a byte that is not UTF-8 is pinned to its line, and
/// a record's line is where it starts even when quoted line breaks come before it.
///
/// Accepted: CRLF or LF line ends, a UTF-8 byte order mark at the very start (stripped), quoted values with
/// `""` for a quote and line breaks kept exactly as written, and a last line without a line end. Blank lines
/// between records are skipped. Values are returned after {@link FormulaGuard#unguard(String)}.
///
/// Lenient where the data is still clear: a quote inside an unquoted value is taken literally. Text after a
/// closing quote, a quote never closed and a NUL character are reported as {@link CsvRecord#syntaxProblem()}.
public final class CsvReader implements Closeable {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long bytesRead;
    private int nextLine = 1;
    private boolean atStart = true;
    private boolean hadBom;
    private byte[] lineBytes = new byte[256];
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /// @param in UTF-8 bytes; closed by {@link #close()}
    public CsvReader(InputStream in) {
        this.in = in;
    }

    /// The next record, or `null` at the end of the input.
    public CsvRecord next() throws IOException {
        Line line = readLine();
        while (line != null && (line.text.isEmpty() || line.text.equals("\r"))) {
            line = readLine();
        }
        if (line == null) {
            return null;
        }
        int start = line.number;
        boolean malformed = line.malformed;
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        boolean afterClosingQuote = false;
        String problem = null;
        while (true) {
            String text = line.text;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\0' && problem == null) {
                    // Valid UTF-8, but no spreadsheet writes it: the file is UTF-16 or not text at all.
                    problem = "Value " + (values.size() + 1) + " contains a NUL character, which text files do not "
                            + "have: is this a binary or UTF-16 file? Save it as \"CSV UTF-8\" and import it again.";
                }
                if (inQuotes) {
                    if (c != '"') {
                        value.append(c);
                    } else if (i + 1 < n && text.charAt(i + 1) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                        afterClosingQuote = true;
                    }
                } else if (c == ',') {
                    values.add(FormulaGuard.unguard(value.toString()));
                    value.setLength(0);
                    quoted = false;
                    afterClosingQuote = false;
                } else if (c == '\r' && i == n - 1) {
                    break; // the CR of a CRLF line end
                } else if (c == '"' && value.isEmpty() && !quoted) {
                    inQuotes = true;
                    quoted = true;
                } else {
                    if (afterClosingQuote && problem == null) {
                        problem = "Value " + (values.size() + 1) + " has text after its closing double quote: "
                                + "put the whole value in quotes and double any quote inside it (\"\").";
                    }
                    value.append(c);
                }
            }
            if (!inQuotes) {
                break;
            }
            Line following = line.endedWithNewline ? readLine() : null;
            if (following == null) {
                problem = "A double quote opened in value " + (values.size() + 1) + " is never closed.";
                break;
            }
            value.append('\n');
            malformed |= following.malformed;
            line = following;
        }
        values.add(FormulaGuard.unguard(value.toString()));
        return new CsvRecord(start, values, malformed, problem);
    }

    /// True once the input was seen to start with a UTF-8 byte order mark (which is not part of any value).
    public boolean hadBom() {
        return hadBom;
    }

    /// Bytes consumed so far, for progress against the file size.
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /// One physical line without its LF; a CR before the LF is kept (the parser decides what it means).
    private record Line(int number, String text, boolean endedWithNewline, boolean malformed) {
    }

    private Line readLine() throws IOException {
        int length = 0;
        boolean newline = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            any = true;
            byte b = buffer[position++];
            bytesRead++;
            if (b == '\n') {
                newline = true;
                break;
            }
            if (length == lineBytes.length) {
                lineBytes = Arrays.copyOf(lineBytes, length * 2);
            }
            lineBytes[length++] = b;
        }
        if (!any) {
            return null;
        }
        int offset = 0;
        if (atStart) {
            atStart = false;
            if (length >= 3 && lineBytes[0] == CsvWriter.BOM[0] && lineBytes[1] == CsvWriter.BOM[1]
                    && lineBytes[2] == CsvWriter.BOM[2]) {
                hadBom = true;
                offset = 3;
            }
        }
        return decode(nextLine++, offset, length - offset, newline);
    }

    private Line decode(int number, int offset, int length, boolean newline) {
        try {
            String text = strict.decode(ByteBuffer.wrap(lineBytes, offset, length)).toString();
            return new Line(number, text, newline, false);
        } catch (CharacterCodingException e) {
            return new Line(number, new String(lineBytes, offset, length, StandardCharsets.UTF_8), newline, true);
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
