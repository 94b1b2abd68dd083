package dev.steward.model.csv;

/// Messages shared by the CSV readers, so every format words the same mistake the same way.
final class CsvMessages {
    static final String NOT_UTF8 = "This line is not valid UTF-8 text. Save the file as \"CSV UTF-8\" and import it "
            + "again.";
    static final String DATE_FORMAT = "use the ISO format yyyy-MM-dd, e.g. 2027-01-15";

    /// Longest cell text quoted back in a message; a longer one is cut, with its length said.
    static final int MAX_QUOTED = 80;

    private CsvMessages() {
    }

    /// `'text'` for a message, cut to {@link #MAX_QUOTED} characters: a pasted page is not echoed back whole.
    static String quote(String text) {
        String stripped = text.strip();
        return stripped.length() <= MAX_QUOTED ? "'" + stripped + "'"
                : "'" + stripped.substring(0, MAX_QUOTED) + "\u2026' (" + stripped.length() + " characters)";
    }
}
