package dev.steward.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/// All user-visible text comes from {@code messages.properties}; keys are {@code feature.element}.
public final class Messages {
    public static final String BUNDLE = "dev.steward.app.i18n.messages";
    private static final ResourceBundle TEXT = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return TEXT;
    }

    public static String get(String key) {
        return TEXT.getString(key);
    }

    /// Text arguments written right to left (an Arabic or Hebrew name) are isolated, so that they cannot pull
    /// the punctuation and numbers around them into their own direction (see {@link #isolate(String)}).
    public static String format(String key, Object... args) {
        Object[] isolated = args.clone();
        for (int i = 0; i < isolated.length; i++) {
            if (isolated[i] instanceof String text) {
                isolated[i] = isolate(text);
            }
        }
        return new MessageFormat(TEXT.getString(key), TEXT.getLocale()).format(isolated);
    }

    /// Wraps text that contains right-to-left letters in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: inside a
    /// left-to-right sentence "ليلى حداد, 2026-05-01" would otherwise show the date inside the name's run.
    /// Text without such letters (most of it) is returned as it is. One pass over the text.
    public static String isolate(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return FSI + text + PDI;
            }
            i += Character.charCount(cp);
        }
        return text;
    }

    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    /// Label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}; empty text for {@code null}.
    public static String label(Enum<?> value) {
        return value == null ? "" : TEXT.getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
