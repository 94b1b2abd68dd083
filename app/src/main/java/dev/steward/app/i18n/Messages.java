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

    public static String format(String key, Object... args) {
        return new MessageFormat(TEXT.getString(key), TEXT.getLocale()).format(args);
    }

    /// Label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}; empty text for {@code null}.
    public static String label(Enum<?> value) {
        return value == null ? "" : TEXT.getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
