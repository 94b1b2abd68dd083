package dev.steward.model.csv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderWriterTest {

    @Test
    void quotesOnlyWhatNeedsItAndEndsRowsWithCrlf() throws IOException {
        String text = write(false, List.of("plain", "a,b", "say \"hi\"", "two\nlines", ""));

        assertThat(text).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void writesTheBomOnlyWhenAsked() throws IOException {
        byte[] with = bytes(true, List.of("x"));
        byte[] without = bytes(false, List.of("x"));

        assertThat(with).startsWith(0xEF, 0xBB, 0xBF).hasSize(6);
        assertThat(without).containsExactly('x', '\r', '\n');
    }

    @Test
    void readsBackExactlyWhatWasWrittenWithOrWithoutBom() throws IOException {
        List<String> row = List.of("Zoë, Kraków 東京", "line 1\r\nline 2\nline 3", "\"quoted\"", "", "=SUM(A1)",
                "'apostrophe", "-1", " spaced ");
        for (boolean bom : new boolean[]{true, false}) {
            CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes(bom, row, List.of("next"))));

            CsvRecord first = reader.next();
            CsvRecord second = reader.next();

            assertThat(first.values()).isEqualTo(row);
            assertThat(first.line()).isEqualTo(1);
            assertThat(second.values()).containsExactly("next");
            assertThat(second.line()).as("two quoted line breaks come before it").isEqualTo(4);
            assertThat(reader.next()).isNull();
            assertThat(reader.hadBom()).isEqualTo(bom);
        }
    }

    @Test
    void guardsFormulaStartsOnDiskAndRestoresThemOnReading() throws IOException {
        List<String> values = List.of("=HYPERLINK(\"http://evil\")", "+cmd", "-rm", "@SUM", "\tTab", "\rCR", "'x",
                "''", "'=", "safe", "it's");

        String text = write(false, values);

        assertThat(text).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",'+cmd,'-rm,'@SUM,'\tTab,\"'\rCR\",''x,'''");
        assertThat(text).contains(",safe,it's\r\n");
        assertThat(read(text).getFirst().values()).isEqualTo(values);
    }

    @Test
    void aHandTypedApostropheBeforeOrdinaryTextIsKept() throws IOException {
        assertThat(read("'hello,'=x\r\n").getFirst().values()).containsExactly("'hello", "=x");
    }

    @Test
    void reportsThePhysicalLineWhereEachRecordStarts() throws IOException {
        List<CsvRecord> records = read("h1,h2\n\"a\nb\nc\",d\n\ne,f\ng,\"h\"");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 6, 7);
        assertThat(records.get(1).values()).containsExactly("a\nb\nc", "d");
        assertThat(records.get(3).values()).containsExactly("g", "h");
    }

    @Test
    void bytesThatAreNotUtf8AreFlaggedOnTheirRecord() throws IOException {
        byte[] latin1 = "name\nok\nCaf\u00e9\nafter\n".getBytes(StandardCharsets.ISO_8859_1);

        List<CsvRecord> records = read(latin1);

        assertThat(records).extracting(CsvRecord::malformedUtf8).containsExactly(false, false, true, false);
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(2).values().getFirst()).isEqualTo("Caf\uFFFD");
    }

    @Test
    void aNulCharacterIsASyntaxProblemOfItsRecord() throws IOException {
        List<CsvRecord> records = read("name,purpose\nbot,a\u0000b\nok,fine\n");

        assertThat(records.get(1).syntaxProblem()).startsWith("Value 2 contains a NUL character");
        assertThat(records.get(2).isValid()).isTrue();
    }

    @Test
    void brokenQuotingIsReportedNotGuessed() throws IOException {
        List<CsvRecord> records = read("\"ab\"c,d\n\"never closed,x\ny\n");

        assertThat(records.get(0).syntaxProblem()).contains("Value 1 has text after its closing double quote");
        assertThat(records.get(1).syntaxProblem()).contains("never closed");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void formulaGuardIsItsOwnInverse() {
        for (String v : new String[]{"", "'", "''", "=", "'=1", "x'", "-", "@@", "\t", "a=b", null}) {
            assertThat(FormulaGuard.unguard(FormulaGuard.guard(v))).isEqualTo(v);
        }
        assertThat(FormulaGuard.guard("-5")).isEqualTo("'-5");
        assertThat(FormulaGuard.unguard("'abc")).isEqualTo("'abc");
    }

    @SafeVarargs
    private static byte[] bytes(boolean bom, List<String>... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.utf8(out, bom)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return out.toByteArray();
    }

    private static String write(boolean bom, List<String> row) throws IOException {
        return new String(bytes(bom, row), StandardCharsets.UTF_8);
    }

    private static List<CsvRecord> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRecord> read(byte[] bytes) throws IOException {
        CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes));
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }
}
