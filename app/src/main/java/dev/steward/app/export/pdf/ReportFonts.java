package dev.steward.app.export.pdf;

import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/// The fonts shipped with the app (see `fonts/README.md`), chosen per character: Noto Sans Arabic for
/// Arabic script, DejaVu for whatever it has (Latin, Greek, Cyrillic, symbols), Droid Sans Fallback for
/// the rest (CJK).
///
/// Fonts are embedded as subsets, so a report shows the same glyphs on a machine without these fonts.
/// The parsed fonts are kept for the life of the app: parsing the 4 MB CJK font is most of a report's cost.
final class ReportFonts {
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    static final String ARABIC = "NotoSansArabic-Regular.ttf";
    static final String CJK = "DroidSansFallbackFull.ttf";

    private ReportFonts() {
    }

    /// The text as runs of one font each; `bold` switches the Latin font only, as the fallbacks have no bold.
    ///
    /// Arabic letters go to Noto Sans Arabic even though DejaVu has basic Arabic glyphs: a plain
    /// first-font-that-has-it selector would pick DejaVu, whose Arabic lacks many presentation forms and
    /// looks foreign next to Noto. Spaces and punctuation inside an Arabic run stay in it, so the run is
    /// shaped and reordered as one piece.
    static Phrase phrase(String text, float size, boolean bold) {
        Font latin = new Font(bold ? Loaded.BOLD : Loaded.REGULAR, size);
        Font arabic = new Font(Loaded.ARABIC, size);
        Font cjk = new Font(Loaded.CJK, size);
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        Font runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Font font = isArabic(cp) ? arabic
                    : runFont == arabic && isNeutral(cp) && nextLetterIsArabic(text, i) ? arabic
                    : Loaded.REGULAR.charExists(cp) || Character.isWhitespace(cp) ? latin : cjk;
            if (font != runFont && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), runFont));
        }
        return phrase;
    }

    private static boolean isArabic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.ARABIC;
    }

    private static boolean isNeutral(int cp) {
        return Character.isWhitespace(cp) || Character.getType(cp) == Character.OTHER_PUNCTUATION;
    }

    private static boolean nextLetterIsArabic(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return isArabic(cp);
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static BaseFont bold() {
        return Loaded.BOLD;
    }

    static BaseFont regular() {
        return Loaded.REGULAR;
    }

    // Holder idiom: loaded on first report only, once.
    private static final class Loaded {
        static final BaseFont REGULAR = load(ReportFonts.REGULAR);
        static final BaseFont BOLD = load(ReportFonts.BOLD);
        static final BaseFont ARABIC = load(ReportFonts.ARABIC);
        static final BaseFont CJK = load(ReportFonts.CJK);

        private static BaseFont load(String file) {
            try (InputStream in = ReportFonts.class.getResourceAsStream("/dev/steward/app/export/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + file + " is missing from the application resources");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + file, e);
            }
        }
    }
}
