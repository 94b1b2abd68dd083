package dev.steward.model.discovery;

import dev.steward.model.validation.FreeText;
import dev.steward.model.validation.ValidationProblem;

import java.util.List;

/// Every text of a finding through {@link FreeText}'s length and secret check before it is stored, as every
/// other write path does. The readers already drop credential values; this catches a value that hid in a name
/// (a server named with a token, a URL path the reader could not tell from an id).
public final class FindingText {
    static final int MAX_KEY = 1_000;
    static final int MAX_NAME = 500;
    static final int MAX_ITEM = 1_000;

    private FindingText() {
    }

    public static List<ValidationProblem> problems(Finding f) {
        FreeText.Checks checks = new FreeText.Checks()
                .text("key", "The finding's key", f.key(), MAX_KEY)
                .text("name", "The finding's name", f.name(), MAX_NAME)
                .text("vendor", "The finding's vendor", f.vendor(), MAX_NAME);
        for (int i = 0; i < f.tools().size(); i++) {
            checks.text("tools[" + i + "]", "Tool " + (i + 1), f.tools().get(i).name(), MAX_ITEM);
        }
        for (int i = 0; i < f.dataAccess().size(); i++) {
            checks.text("dataAccess[" + i + "]", "System " + (i + 1), f.dataAccess().get(i).system(), MAX_ITEM);
        }
        for (int i = 0; i < f.credentials().size(); i++) {
            checks.text("credentials[" + i + "]", "Credential " + (i + 1), f.credentials().get(i).label(), MAX_ITEM);
        }
        for (String email : Finding.union(f.ownerEmails(), f.sponsorEmails())) {
            checks.text("people", "An owner's or sponsor's email", email, MAX_NAME);
        }
        for (int i = 0; i < f.notes().size(); i++) {
            checks.text("notes[" + i + "]", "Note " + (i + 1), f.notes().get(i), MAX_ITEM);
        }
        for (int i = 0; i < f.sources().size(); i++) {
            checks.text("sources[" + i + "]", "Source " + (i + 1), f.sources().get(i).toString(), MAX_ITEM * 3);
        }
        return checks.problems();
    }
}
