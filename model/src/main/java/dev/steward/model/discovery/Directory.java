package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;

/// People as identity exports list them (expanded `owners` and `sponsors`): by email, lower case. Groups and
/// service principals have no email; they become a note so the reviewer still sees them.
final class Directory {
    private Directory() {
    }

    /// Emails of the people in `member` of `node`; groups and others are described in `notes`.
    static List<String> emails(JsonFields fields, JsonNode node, String member, String path, List<String> notes) {
        JsonNode people = fields.array(node, member, path);
        List<String> emails = new java.util.ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String at = JsonFields.path(path, member) + "[" + i + "]";
            JsonNode person = people.get(i);
            if (person.isTextual()) {
                addEmail(emails, person.textValue());
                continue;
            }
            JsonNode entry = fields.element(people, i, JsonFields.path(path, member));
            String email = firstNonBlank(fields.text(entry, "mail", at), fields.text(entry, "email", at),
                    fields.text(entry, "login", at));
            String upn = fields.text(entry, "userPrincipalName", at);
            if (email == null && upn != null && upn.contains("@")) {
                email = upn;
            }
            if (email != null && email.contains("@")) {
                addEmail(emails, email);
            } else {
                String name = firstNonBlank(fields.text(entry, "displayName", at), fields.text(entry, "name", at),
                        fields.text(entry, "id", at));
                notes.add(member + " include " + (name == null ? "an entry without an email" : "'" + name + "'")
                        + " (no email: not a person Steward can match)");
            }
        }
        return emails;
    }

    private static void addEmail(List<String> emails, String email) {
        String lower = email.strip().toLowerCase(Locale.ROOT);
        if (!emails.contains(lower)) {
            emails.add(lower);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
