package dev.steward.model.sample;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

/// A realistic demonstration register: people plus about twenty integrations covering every kind.
///
/// It shows a healthy register with deliberate governance gaps, so that every dashboard has something to say:
/// a proposal without a sponsor, an integration owned by someone who has left, one with no revocation path,
/// one whose revocation was never drilled, one whose last drill failed, and a long-lived static API key in an
/// environment variable whose rotation is overdue. Dates are relative to "today" so the gaps (and the healthy
/// entries) stay that way whenever the sample is loaded.
public final class SampleRegister {
    static final String ANA = "ana.pereira@example.com";
    static final String ZOE = "zoe.okafor@example.com";
    static final String LUKASZ = "lukasz.nowak@example.com";
    static final String MISAKI = "misaki.sato@example.com";
    static final String FATIMA = "fatima.alzahraa@example.com";
    static final String RAHUL = "rahul.mehta@example.com";
    static final String INGRID = "ingrid.solberg@example.com";
    static final String MATEO = "mateo.garcia@example.com";
    /// The one person who has left the organisation.
    static final String DANIEL = "daniel.brooks@example.com";

    private SampleRegister() {
    }

    /// The sample people, unsaved (id 0). Emails are unique; exactly one person has left.
    public static List<Person> people() {
        return List.of(
                Person.draft("Ana Pereira", ANA, "CISO", "Information Security"),
                Person.draft("Zoë Okafor", ZOE, "Head of Finance Operations", "Finance"),
                Person.draft("Łukasz Nowak", LUKASZ, "Platform Engineering Lead", "Engineering"),
                Person.draft("佐藤 美咲", MISAKI, "Data Protection Officer", "Legal and Compliance"),
                Person.draft("فاطمة الزهراء", FATIMA, "Director of Customer Support", "Customer Service"),
                Person.draft("Rahul Mehta", RAHUL, "Staff Machine Learning Engineer", "Engineering"),
                Person.draft("Ingrid Solberg", INGRID, "Director of Sales Operations", "Sales"),
                Person.draft("Mateo García", MATEO, "Site Reliability Engineer", "Engineering"),
                new Person(0, "Daniel Brooks", DANIEL, "Senior Integration Engineer", "IT Operations", true));
    }

    /// The sample integrations, unsaved, with owner ids resolved through `idOfEmail`
    /// (the email of a person from {@link #people()} to its stored id). Dates are relative to today.
    public static List<Integration> integrations(ToLongFunction<String> idOfEmail) {
        return integrations(idOfEmail, LocalDate.now());
    }

    /// As {@link #integrations(ToLongFunction)}, with rotation, drill and review dates relative to `today`.
    public static List<Integration> integrations(ToLongFunction<String> idOfEmail, LocalDate today) {
        return new SampleIntegrations(idOfEmail, today).all();
    }
}
