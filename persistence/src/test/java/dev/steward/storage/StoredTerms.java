package dev.steward.storage;

import org.jooq.DSLContext;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static dev.steward.storage.jooq.Tables.INTEGRATION_SEARCH_TERM;

/// What the term table holds, read back as words per integration (tests only: the app never reads it back).
final class StoredTerms {
    private StoredTerms() {
    }

    static Map<Long, Set<String>> all(DSLContext ctx) {
        Map<Long, Set<String>> terms = new HashMap<>();
        ctx.select(INTEGRATION_SEARCH_TERM.TERM_KEY, INTEGRATION_SEARCH_TERM.WORDS).from(INTEGRATION_SEARCH_TERM)
                .forEach(r -> terms.computeIfAbsent(TermKeys.integrationId(r.value1()), id -> new HashSet<>())
                        .addAll(Arrays.asList(r.value2().split(" "))));
        return terms;
    }

    static Set<String> of(DSLContext ctx, long integrationId) {
        return all(ctx).getOrDefault(integrationId, Set.of());
    }
}
