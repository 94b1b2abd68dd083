package dev.steward.model.csv;

import dev.steward.model.register.Person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Writes people as text a spreadsheet user can read and edit, and resolves such text back to stored people.
///
/// A person is written `Name <email>`, or just `Name` when they have no email. On reading, the email decides
/// whenever one is given (`Name <email>` or a bare `email`); otherwise the name must match exactly one person.
/// Both match ignoring case and surrounding blanks. Built once from all people, so an import of any size
/// needs no lookups per row.
public final class PersonDirectory {
    private static final Pattern NAME_AND_EMAIL = Pattern.compile("(.*)<([^<>]*)>\\s*");

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
        Matcher m = NAME_AND_EMAIL.matcher(reference);
        String email = m.matches() ? m.group(2).strip()
                : reference.indexOf('@') > 0 && reference.indexOf(' ') < 0 ? reference : null;
        if (email != null) {
            Person p = byEmail.get(key(email));
            if (p == null) {
                throw new IllegalArgumentException("Nobody with the email " + email + " is in the register: add "
                        + "them under People first.");
            }
            return p.id();
        }
        List<Person> named = byName.getOrDefault(key(reference), List.of());
        if (named.isEmpty()) {
            throw new IllegalArgumentException("Nobody called '" + reference + "' is in the register: add them "
                    + "under People first, or check the spelling.");
        }
        if (named.size() > 1) {
            throw new IllegalArgumentException(named.size() + " people are called '" + reference + "': write it as "
                    + "Name <email> to say which.");
        }
        return named.getFirst().id();
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
