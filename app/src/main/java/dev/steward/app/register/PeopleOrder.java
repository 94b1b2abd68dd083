package dev.steward.app.register;

import dev.steward.model.register.Person;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;

/// People in the order a reader of the user's language expects: "Łukasz" between "Lena" and "Marta", not after
/// "Zoë" as the characters' code points would put him; case and accents break ties only.
public final class PeopleOrder {
    private PeopleOrder() {
    }

    public static Comparator<Person> byName() {
        return byName(Locale.getDefault());
    }

    public static Comparator<Person> byName(Locale locale) {
        Collator collator = withStrokedLetters(Collator.getInstance(locale));
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        Comparator<String> names = collator::compare;
        return Comparator.comparing(Person::name, names).thenComparingLong(Person::id);
    }

    /// Letters with a stroke have no decomposition into base letter and accent, so a collator without rules
    /// for them (the JDK's English one) puts them after Z. Where that happens they are taught to sort as
    /// their base letter with an accent; a language that orders them itself (Polish) keeps its own rules.
    private static Collator withStrokedLetters(Collator collator) {
        if (collator.compare("\u0141", "M") < 0 || !(collator instanceof RuleBasedCollator rules)) {
            return collator;
        }
        try {
            return new RuleBasedCollator(rules.getRules() + STROKED);
        } catch (ParseException e) {
            return collator;
        }
    }

    private static final String STROKED = "& L ; \u0142 , \u0141 & O ; \u00f8 , \u00d8 & D ; \u0111 , \u0110"
            + " & H ; \u0127 , \u0126";
}
