package dev.steward.model.discovery;

import dev.steward.model.register.Credential;
import dev.steward.model.register.Person;
import dev.steward.model.register.SecretStorage;

import java.util.ArrayList;
import java.util.List;

/// What a reviewer should look at first, in words: no owner, no sponsor, people the register does not know,
/// credentials written into a file.
public final class FindingFlags {
    public static final String OWNERLESS = "no owner";
    public static final String SPONSORLESS = "no sponsor";

    private FindingFlags() {
    }

    public static List<String> of(Finding finding, List<Person> people) {
        List<String> flags = new ArrayList<>();
        if (finding.ownerless()) {
            flags.add(OWNERLESS);
        }
        if (finding.sponsorless()) {
            flags.add(SPONSORLESS);
        }
        for (String email : FindingDrafts.unknownPeople(finding, people)) {
            flags.add("not among People: " + email);
        }
        long inFiles = finding.credentials().stream().map(Credential::storedIn)
                .filter(s -> s == SecretStorage.CONFIG_FILE).count();
        if (inFiles > 0) {
            flags.add(inFiles == 1 ? "1 credential in a config file" : inFiles + " credentials in config files");
        }
        return List.copyOf(flags);
    }
}
