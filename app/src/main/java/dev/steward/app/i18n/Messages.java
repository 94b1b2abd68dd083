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

    /// Sets text that contains right-to-left letters between two LEFT-TO-RIGHT MARKs: inside a left-to-right
    /// sentence "ليلى حداد, 2026-05-01" would otherwise show the date inside the name's run. The marks are strong
    /// left-to-right characters, so the neutrals and digits next to the name resolve to the sentence's direction
    /// while the name keeps its own order. Not FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which say the
    /// same more precisely: common fonts (DejaVu, the only one on many Linux machines) have no glyph for them, and
    /// JavaFX then draws a box on each side of every such name. Text without right-to-left letters (most of it) is
    /// returned as it is. One pass over the text.
    public static String isolate(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return LRM + text + LRM;
            }
            i += Character.charCount(cp);
        }
        return text;
    }

    private static final String LRM = "\u200E";

    /// Label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}; empty text for {@code null}.
    public static String label(Enum<?> value) {
        return value == null ? "" : TEXT.getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
