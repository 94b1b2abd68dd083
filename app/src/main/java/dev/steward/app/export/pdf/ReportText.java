package dev.steward.app.export.pdf;

import dev.steward.app.i18n.Messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/// The report's words, from `report.properties` next to this class; enum labels come from the app's
/// main bundle so the report names things as the screens do.
final class ReportText {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.steward.app.export.pdf.report", Locale.getDefault());

    private ReportText() {
    }

    static String get(String key) {
        return TEXT.getString(key);
    }

    static String format(String key, Object... args) {
        return new MessageFormat(TEXT.getString(key), TEXT.getLocale()).format(args);
    }

    /// The label of an enum constant, or the "none" text for {@code null}.
    static String label(Enum<?> value) {
        return value == null ? get("report.none") : Messages.label(value);
    }

    /// The text, or the "none" text when it is blank.
    static String orNone(String text) {
        return text == null || text.isBlank() ? get("report.none") : text.strip();
    }
}
