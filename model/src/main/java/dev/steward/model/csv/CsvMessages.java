package dev.steward.model.csv;

/// Messages shared by the CSV readers, so every format words the same mistake the same way.
final class CsvMessages {
    static final String NOT_UTF8 = "This line is not valid UTF-8 text. Save the file as \"CSV UTF-8\" and import it "
            + "again.";
    static final String DATE_FORMAT = "use the ISO format yyyy-MM-dd, e.g. 2027-01-15";

    private CsvMessages() {
    }
}
