package dev.steward.model.csv;

import dev.steward.model.register.Person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Writes people as text a spreadsheet user can read and edit, and resolves such text back to stored people.
///
/// A person is written `Name <email>`, or just `Name` when they have no email. On reading, the email decides
/// whenever one is given (`Name <email>` or a bare `email`); otherwise the name must match exactly one person.
/// Both match ignoring case and surrounding blanks. Built once from all people, so an import of any size
/// needs no lookups per row.
public final class PersonDirectory {
    private final Map<Long, Person> byId = new HashMap<>();
    private final Map<String, Person> byEmail = new HashMap<>();
    private final Map<String, List<Person>> byName = new HashMap<>();

    public PersonDirectory(Collection<Person> people) {
        for (Person p : people) {
            byId.put(p.id(), p);
            if (p.email() != null && !p.email().isBlank()) {
                byEmail.put(key(p.email()), p);
            }
            byName.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
        }
    }

    /// The text written for the person with this id.
    ///
    /// @throws IllegalArgumentException when no such person is known
    public String reference(long id) {
        Person p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("No person with id " + id);
        }
        return p.email() == null || p.email().isBlank() ? p.name() : p.name() + " <" + p.email() + ">";
    }

    /// The id of the person `text` refers to.
    ///
    /// @throws IllegalArgumentException with a message fit for the user when nobody, or more than one person,
    ///         matches
    public long resolve(String text) {
        String reference = text.strip();
        String bracketed = bracketedEmail(reference);
        String email = bracketed != null ? bracketed.strip()
                : reference.indexOf('@') > 0 && reference.indexOf(' ') < 0 ? reference : null;
        if (email != null) {
            Person p = byEmail.get(key(email));
            if (p == null) {
                throw new IllegalArgumentException("Nobody with the email " + CsvMessages.quote(email) + " is in the register: add "
                        + "them under People first.");
            }
            return p.id();
        }
        List<Person> named = byName.getOrDefault(key(reference), List.of());
        if (named.isEmpty()) {
            throw new IllegalArgumentException("Nobody called " + CsvMessages.quote(reference) + " is in the register: add them "
                    + "under People first, or check the spelling.");
        }
        if (named.size() > 1) {
            throw new IllegalArgumentException(named.size() + " people are called " + CsvMessages.quote(reference) + ": write it as "
                    + "Name <email> to say which.");
        }
        return named.getFirst().id();
    }

    /// The email of `Name <email>`: the text between the last '<' and a final '>', holding neither bracket,
    /// after a name on one line (what `(.*)<([^<>]*)>` matched, found by two searches instead of backtracking).
    ///
    /// @param reference stripped text
    /// @return the email as written, or `null` when the text has no such shape
    static String bracketedEmail(String reference) {
        int close = reference.length() - 1;
        if (close < 0 || reference.charAt(close) != '>') {
            return null;
        }
        int open = reference.lastIndexOf('<', close);
        if (open < 0 || reference.indexOf('>', open) != close) {
            return null;
        }
        for (int i = 0; i < open; i++) {
            char c = reference.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        return reference.substring(open + 1, close);
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
