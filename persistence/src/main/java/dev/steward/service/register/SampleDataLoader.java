package dev.steward.service.register;

import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.sample.SampleClassifications;
import dev.steward.model.sample.SampleRegister;
import dev.steward.model.validation.PersonValidator;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.steward.service.access.WriteChecks.requireValid;

/// Adds {@link SampleRegister} to a register inside one transaction, each added integration classified as
/// {@link SampleClassifications} plans. People are matched by email (or by name when they have none) and
/// integrations by name, so loading twice adds nothing and never overwrites what the user changed.
public final class SampleDataLoader {
    private final RegisterService service;
    private final DSLContext tx;
    private final String who;

    /// @param added the integrations this load added, by name
    /// @param who   who loaded them
    record Loaded(SampleLoadResult result, Map<String, Long> added, String who) {
    }

    /// @param who the actor authorized to edit and classify, written to the audit log for every row added
    SampleDataLoader(RegisterService service, DSLContext tx, String who) {
        this.service = service;
        this.tx = tx;
        this.who = who;
    }

    Loaded load() {
        PersonRepository people = new PersonRepository(tx);
        Set<String> knownPeople = new HashSet<>();
        for (Person p : people.findAll()) {
            knownPeople.add(personKey(p));
        }
        int peopleAdded = 0;
        int skipped = 0;
        List<String> leaversAdded = new java.util.ArrayList<>();
        for (Person p : SampleRegister.people()) {
            if (!knownPeople.add(personKey(p))) {
                skipped++;
                continue;
            }
            requireValid(PersonValidator.validate(p));
            service.savePersonIn(tx, p, who);
            if (p.hasLeft()) {
                leaversAdded.add(personKey(p));
            }
            peopleAdded++;
        }

        Map<String, Long> idByEmail = new HashMap<>();
        for (Person p : people.findAll()) {
            if (p.email() != null) {
                idByEmail.put(key(p.email()), p.id());
            }
        }
        IntegrationRepository integrations = new IntegrationRepository(tx);
        List<Integration> samples = SampleRegister.integrations(email -> {
            Long id = idByEmail.get(key(email));
            if (id == null) {
                throw new IllegalStateException("Sample integration refers to unknown person " + email);
            }
            return id;
        });
        int integrationsAdded = 0;
        Instant at = service.now();
        Map<String, Long> added = new LinkedHashMap<>();
        Set<String> namesInThisLoad = new HashSet<>();
        for (Integration sample : samples) {
            if (!namesInThisLoad.add(key(sample.name())) || integrations.existsByName(sample.name())) {
                skipped++;
                continue;
            }
            Integration saved = service.createIn(tx, sample, at, who);
            SampleClassifications.forIntegration(saved.name()).ifPresent(plan ->
                    new Reclassification(tx, at, who).run(saved.id(), saved.version(), plan.parsedAnswers()));
            added.put(saved.name(), saved.id());
            integrationsAdded++;
        }
        // the sample's leaver arrives as having left, so their successors are proposed as if they had just gone
        Successions successions = new Successions(tx, at, who);
        people.findAll().stream().filter(p -> p.hasLeft() && leaversAdded.contains(personKey(p)))
                .forEach(successions::personLeftOrReturned);
        return new Loaded(new SampleLoadResult(peopleAdded, integrationsAdded, skipped, 0), added, who);
    }

    private static String personKey(Person p) {
        return p.email() != null ? "email:" + key(p.email()) : "name:" + key(p.name());
    }

    /// Names and emails match ignoring case and surrounding blanks.
    private static String key(String text) {
        return text == null ? null : text.trim().toLowerCase(Locale.ROOT);
    }
}
