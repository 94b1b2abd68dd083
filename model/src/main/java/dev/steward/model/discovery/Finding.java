package dev.steward.model.discovery;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.Credential;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.signing.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/// One AI integration as the discovered files describe it: register fields only, and of credentials only their
/// names, kinds and where they are kept. No value read from a file (an env var's, a header's, a token in the
/// arguments) ever reaches a finding; the readers drop them while reading.
///
/// @param key          stable across runs and machines: `mcp:NAME|LAUNCH` for an MCP server (its command and
///                     package, or its URL), `entra:OBJECT-ID` for an agent identity, `entra-app:APP-ID` for a
///                     blueprint, `github-app:APP-ID`, `okta-client:CLIENT-ID`, `okta-agent:ID`
/// @param vendor       npm scope, image owner, host or verified publisher; `null` when the file does not say
/// @param ownerEmails  technical owners by email, as the export lists them (lower case)
/// @param sponsorEmails business sponsors by email
/// @param notes        facts for the reviewer that have no register field ("suspended", "installed on all repositories")
/// @param parentKey    the key of a finding this one inherits from (an Entra agent identity's blueprint), or `null`
public record Finding(String key, String name, String vendor, IntegrationKind kind, List<ToolAccess> tools,
                      List<DataAccess> dataAccess, List<Credential> credentials, List<String> ownerEmails,
                      List<String> sponsorEmails, List<String> notes, List<SourceRef> sources, String parentKey) {
    public Finding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        tools = List.copyOf(tools);
        dataAccess = List.copyOf(dataAccess);
        credentials = List.copyOf(credentials);
        ownerEmails = List.copyOf(ownerEmails);
        sponsorEmails = List.copyOf(sponsorEmails);
        notes = List.copyOf(notes);
        sources = List.copyOf(new TreeSet<>(sources));
    }

    public boolean ownerless() {
        return ownerEmails.isEmpty();
    }

    public boolean sponsorless() {
        return sponsorEmails.isEmpty();
    }

    /// Highest access level over its systems, or `null` when it lists none.
    public AccessLevel highestAccess() {
        return dataAccess.stream().map(DataAccess::level).max(Enum::compareTo).orElse(null);
    }

    /// The same integration seen in one more place: lists are united (a system keeps its highest level), the
    /// first non-null vendor wins, and every source is kept.
    public Finding mergedWith(Finding other) {
        return new Finding(key, name, vendor != null ? vendor : other.vendor, kind, union(tools, other.tools),
                unionAccess(dataAccess, other.dataAccess), unionCredentials(credentials, other.credentials),
                union(ownerEmails, other.ownerEmails), union(sponsorEmails, other.sponsorEmails),
                union(notes, other.notes), union(sources, other.sources),
                parentKey != null ? parentKey : other.parentKey);
    }

    /// This finding with what its parent (an Entra blueprint) holds: credentials, permissions, publisher and
    /// sponsors, and the parent's sources, since the parent is where those were read.
    public Finding inheriting(Finding parent) {
        Finding inherited = new Finding(key, name, vendor != null ? vendor : parent.vendor, kind,
                union(tools, parent.tools), unionAccess(dataAccess, parent.dataAccess),
                unionCredentials(credentials, parent.credentials), ownerEmails,
                sponsorEmails.isEmpty() ? parent.sponsorEmails : sponsorEmails, notes,
                union(sources, parent.sources), null);
        return inherited;
    }

    public Finding withSources(List<SourceRef> newSources) {
        return new Finding(key, name, vendor, kind, tools, dataAccess, credentials, ownerEmails, sponsorEmails,
                notes, newSources, parentKey);
    }

    /// SHA-256 of what the finding says about the integration (everything but its sources and notes), in a
    /// fixed order: equal content gives an equal fingerprint whatever order the file listed things in.
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        text.append(key).append('\n').append(name).append('\n').append(Objects.toString(vendor, "")).append('\n')
                .append(kind).append('\n');
        tools.stream().map(t -> t.type() + " " + t.name()).sorted().forEach(t -> text.append("tool ").append(t).append('\n'));
        dataAccess.stream().map(d -> d.level() + " " + d.system()).sorted()
                .forEach(d -> text.append("data ").append(d).append('\n'));
        credentials.stream().map(c -> c.type() + " " + c.storedIn() + " " + c.label()).sorted()
                .forEach(c -> text.append("credential ").append(c).append('\n'));
        ownerEmails.stream().sorted().forEach(o -> text.append("owner ").append(o).append('\n'));
        sponsorEmails.stream().sorted().forEach(s -> text.append("sponsor ").append(s).append('\n'));
        return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static <T> List<T> union(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        for (T item : second) {
            if (!all.contains(item)) {
                all.add(item);
            }
        }
        return all;
    }

    /// One entry per system, at the highest level any source gave it.
    static List<DataAccess> unionAccess(List<DataAccess> first, List<DataAccess> second) {
        Map<String, AccessLevel> levels = new LinkedHashMap<>();
        for (List<DataAccess> list : List.of(first, second)) {
            for (DataAccess access : list) {
                levels.merge(access.system(), access.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        List<DataAccess> all = new ArrayList<>();
        levels.forEach((system, level) -> all.add(new DataAccess(system, level)));
        return all;
    }

    /// One credential per label, type and storage: the same variable in a file here and in the environment
    /// there is listed twice, because both are true.
    static List<Credential> unionCredentials(List<Credential> first, List<Credential> second) {
        List<Credential> all = new ArrayList<>();
        for (Credential c : first) {
            if (!all.contains(c)) {
                all.add(c);
            }
        }
        for (Credential c : second) {
            if (all.stream().noneMatch(k -> k.label().equals(c.label()) && k.type() == c.type()
                    && k.storedIn() == c.storedIn())) {
                all.add(c);
            }
        }
        all.sort(Comparator.comparing(Credential::label));
        return all;
    }
}
