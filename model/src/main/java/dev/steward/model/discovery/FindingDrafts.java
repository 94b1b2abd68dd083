package dev.steward.model.discovery;

import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.RevocationPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/// A finding as an unsaved, proposed integration, for the editor to open pre-filled: name, vendor, kind, tools,
/// systems and credentials as found; the first owner found among People as technical owner, the others as
/// backup owners, the first sponsor found as sponsor. Who was not found is left for the person to choose.
public final class FindingDrafts {
    private FindingDrafts() {
    }

    public static Integration draft(Finding finding, List<Person> people) {
        Map<String, Person> byEmail = people.stream().filter(p -> p.email() != null && !p.hasLeft())
                .collect(Collectors.toMap(p -> p.email().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<Long> owners = new ArrayList<>();
        for (String email : finding.ownerEmails()) {
            Person person = byEmail.get(email);
            if (person != null && !owners.contains(person.id())) {
                owners.add(person.id());
            }
        }
        Long sponsor = finding.sponsorEmails().stream().map(byEmail::get).filter(p -> p != null)
                .map(Person::id).findFirst().orElse(null);
        String purpose = "Discovered in " + finding.sources().stream().map(s -> s.source().label())
                .distinct().collect(Collectors.joining(", ")) + ".";
        return new Integration(0, 0, finding.name(), purpose, finding.vendor(), finding.kind(), null, Set.of(),
                LifecycleStatus.PROPOSED, sponsor, owners.isEmpty() ? null : owners.getFirst(),
                owners.size() > 1 ? owners.subList(1, owners.size()) : List.of(), finding.dataAccess(),
                finding.tools(), List.of(), finding.credentials(), RevocationPath.EMPTY, null, null, null);
    }

    /// Emails the finding names that match nobody in People (or only someone who has left).
    public static List<String> unknownPeople(Finding finding, List<Person> people) {
        Set<String> known = people.stream().filter(p -> p.email() != null && !p.hasLeft())
                .map(p -> p.email().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>();
        for (String email : Finding.union(finding.ownerEmails(), finding.sponsorEmails())) {
            if (!known.contains(email)) {
                unknown.add(email);
            }
        }
        return unknown;
    }
}
