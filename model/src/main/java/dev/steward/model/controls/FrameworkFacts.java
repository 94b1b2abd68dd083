package dev.steward.model.controls;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// The source-checked framework identifiers and titles Steward is allowed to show.
///
/// Every framework ID that appears anywhere in Steward must resolve here: popular but wrong IDs
/// (an "A01" for the agentic list, a MAESTRO "M1", the withdrawn CSF `ID.AM-06`) are simply absent,
/// so looking them up fails. The built-in copy is vendored from `shared/frameworks/catalog-facts.json`
/// so the app has the titles at run time; a test keeps the two byte-identical.
public final class FrameworkFacts {
    /// Classpath resource name of the vendored facts, relative to this package.
    public static final String RESOURCE = "catalog-facts.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Framework> frameworks;

    private FrameworkFacts(Map<String, Framework> frameworks) {
        this.frameworks = frameworks;
    }

    /// The facts vendored with Steward, read once.
    public static FrameworkFacts builtIn() {
        return BuiltIn.FACTS;
    }

    /// Reads a facts document. Fails with {@link IllegalStateException} when the document
    /// contradicts itself (duplicate IDs, an ID listed as both current and withdrawn).
    public static FrameworkFacts load(InputStream json) {
        try {
            FactsDocument document = MAPPER.readValue(json, FactsDocument.class);
            return new FrameworkFacts(convert(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework facts: " + e.getMessage(), e);
        }
    }

    /// Every framework in the file's order.
    public List<Framework> frameworks() {
        return List.copyOf(frameworks.values());
    }

    public Optional<Framework> framework(String frameworkId) {
        return Optional.ofNullable(frameworks.get(frameworkId));
    }

    /// The item, if this exact identifier is a current item of that framework.
    public Optional<FrameworkItem> item(String frameworkId, String itemId) {
        return framework(frameworkId).flatMap(f -> f.item(itemId));
    }

    /// Identifiers of this framework that were withdrawn and must not be shown; empty for an unknown framework.
    public List<String> withdrawnIds(String frameworkId) {
        return framework(frameworkId).map(Framework::withdrawnIds).orElse(List.of());
    }

    public boolean isWithdrawn(String frameworkId, String itemId) {
        return withdrawnIds(frameworkId).contains(itemId);
    }

    private static Map<String, Framework> convert(FactsDocument document) {
        require(document.frameworks() != null && !document.frameworks().isEmpty(), "the facts list no frameworks");
        Map<String, Framework> result = new LinkedHashMap<>();
        for (FactsDocument.FrameworkEntry entry : document.frameworks()) {
            require(entry.id() != null && !entry.id().isBlank(), "a framework has no id");
            require(!result.containsKey(entry.id()), "framework " + entry.id() + " is listed twice");
            result.put(entry.id(), toFramework(entry));
        }
        return result;
    }

    private static Framework toFramework(FactsDocument.FrameworkEntry entry) {
        List<FrameworkItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> withdrawn = entry.withdrawnIds() == null ? List.of() : entry.withdrawnIds();
        for (FactsDocument.ItemEntry raw : entry.items() == null ? List.<FactsDocument.ItemEntry>of() : entry.items()) {
            require(raw.id() != null && !raw.id().isBlank(), entry.id() + " has an item without an id");
            require(seen.add(raw.id()), entry.id() + " lists item " + raw.id() + " twice");
            require(!withdrawn.contains(raw.id()), entry.id() + " lists " + raw.id() + " as both current and withdrawn");
            items.add(toItem(raw));
        }
        return new Framework(entry.id(), entry.name(), entry.version(), entry.publisher(), entry.source(), items, withdrawn);
    }

    private static FrameworkItem toItem(FactsDocument.ItemEntry raw) {
        // Both fields must agree before an item counts as verified: a "partly" level with a stray
        // true flag still shows the warning, because showing it wrongly costs less than hiding it.
        boolean verified = Boolean.TRUE.equals(raw.verified()) && "yes".equals(raw.verification());
        Optional<String> title = Optional.ofNullable(raw.title()).filter(t -> !t.isBlank());
        return new FrameworkItem(raw.id(), title, raw.summary(), raw.kind(), verified, raw.verification());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("catalog-facts.json: " + message);
        }
    }

    // Holder idiom: the vendored file is parsed on first use only, and only once.
    private static final class BuiltIn {
        static final FrameworkFacts FACTS = loadResource();

        private static FrameworkFacts loadResource() {
            try (InputStream in = FrameworkFacts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing next to " + FrameworkFacts.class.getName());
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
