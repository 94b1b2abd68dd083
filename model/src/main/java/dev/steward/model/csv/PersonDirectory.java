package dev.steward.model.csv;

import dev.steward.model.register.Person;
import dev.steward.model.validation.PersonValidator;
import dev.steward.model.validation.ValidationProblem;

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
/// needs no lookups per row. Asked to, it creates the people it does not know instead of refusing them.
public final class PersonDirectory {
    private final Map<Long, Person> byId = new HashMap<>();
    private final Map<String, Person> byEmail = new HashMap<>();
    private final Map<String, List<Person>> byName = new HashMap<>();
    private final boolean createMissing;
    private final List<Person> newcomers = new ArrayList<>();

    public PersonDirectory(Collection<Person> people) {
        this(people, false);
    }

    /// @param createMissing when true, a reference to nobody known does not fail: it adds a new person (named,
    ///                      with the email if one is given) under a provisional negative id, and later references
    ///                      to the same email or name resolve to them; see {@link #newcomers()}
    public PersonDirectory(Collection<Person> people, boolean createMissing) {
        this.createMissing = createMissing;
        for (Person p : people) {
            add(p);
        }
    }

    /// The people that references created, in the order first named; their ids are provisional (negative)
    /// until they are stored.
    public List<Person> newcomers() {
        return List.copyOf(newcomers);
    }

    /// Whether `id` is a provisional id handed out for a newcomer.
    public static boolean isProvisional(long id) {
        return id < 0;
    }

    private void add(Person p) {
        byId.put(p.id(), p);
        if (p.email() != null && !p.email().isBlank()) {
            byEmail.put(key(p.email()), p);
        }
        byName.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
    }

    /// @throws IllegalArgumentException when the person could not be stored as written (a malformed email)
    private long newcomer(String name, String email) {
        Person p = new Person(-(newcomers.size() + 1L), name, email, null, null, false);
        List<ValidationProblem> problems = PersonValidator.validate(p);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot add '" + name + "' as a new person: "
                    + problems.getFirst().message());
        }
        newcomers.add(p);
        add(p);
        return p.id();
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
            if (p == null && createMissing && !email.isEmpty()) {
                // "Name <email>": the name is what stands before the bracket (bracketedEmail checked the shape)
                String before = bracketed != null ? reference.substring(0, reference.lastIndexOf('<')).strip() : "";
                String name = before.isEmpty() ? email : before;
                return newcomer(name, email);
            }
            if (p == null) {
                throw new IllegalArgumentException("Nobody with the email " + CsvMessages.quote(email) + " is in the register: add "
                        + "them under People first.");
            }
            return p.id();
        }
        List<Person> named = byName.getOrDefault(key(reference), List.of());
        if (named.isEmpty() && createMissing && !reference.isEmpty()) {
            return newcomer(reference, null);
        }
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
