package dev.steward.app.i18n;

import dev.steward.model.classification.Question;
import dev.steward.model.classification.Questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// The words a person reads for a field path that validation problems and the audit log name:
/// `backupOwnerIds[2]` is "Backup owner 3", `tools[0].name` is "Tool 1: name", `revocation.lastResult` is
/// "Revocation: last test result", `answers.calls_tools` is the question's text.
///
/// Labels come from `field.<path>` keys of the message bundle, with each `[…]` left empty in the key and its
/// content passed as an argument (a list index counted from 1, a control code as it is). A path without a key
/// still never reaches the user as written: its words are split apart ("signingKey" reads "Signing key").
public final class FieldLabels {
    private static final String PREFIX = "field.";
    private static final String ANSWERS = "answers.";

    private FieldLabels() {
    }

    /// @return the label, or empty text for {@code null} or a blank path
    public static String of(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        if (path.startsWith(ANSWERS)) {
            String id = path.substring(ANSWERS.length());
            return Messages.format("field.answer", Questionnaire.builtIn().question(id).map(Question::text).orElse(id));
        }
        Template template = Template.of(path);
        String key = PREFIX + template.key();
        return Messages.bundle().containsKey(key) ? Messages.format(key, template.arguments().toArray())
                : humanised(path);
    }

    /// True when the bundle has a label of its own for the path (tests use it to prove every path has one).
    public static boolean hasLabel(String path) {
        return path.startsWith(ANSWERS) || Messages.bundle().containsKey(PREFIX + Template.of(path).key());
    }

    /// "revocation.signingKey[1]" → "Revocation: signing key 2"; one pass over the text.
    static String humanised(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                out.append(": ");
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                String inside = close < 0 ? path.substring(i + 1) : path.substring(i + 1, close);
                out.append(' ').append(argument(inside));
                i = close < 0 ? path.length() : close;
            } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(path.charAt(i - 1))) {
                out.append(' ').append(Character.toLowerCase(c));
            } else if (c == '_') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        String text = out.toString();
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static Object argument(String inside) {
        if (!inside.isEmpty() && inside.chars().allMatch(ch -> ch >= '0' && ch <= '9') && inside.length() < 10) {
            return Integer.parseInt(inside) + 1;
        }
        return inside;
    }

    /// The bundle key of a path (brackets emptied) and what stood in the brackets.
    private record Template(String key, List<Object> arguments) {
        static Template of(String path) {
            StringBuilder key = new StringBuilder(path.length());
            List<Object> arguments = new ArrayList<>();
            int i = 0;
            while (i < path.length()) {
                char c = path.charAt(i);
                if (c == '[') {
                    int close = path.indexOf(']', i);
                    if (close < 0) {
                        key.append(path, i, path.length());
                        break;
                    }
                    arguments.add(argument(path.substring(i + 1, close)));
                    key.append("[]");
                    i = close + 1;
                } else {
                    key.append(c);
                    i++;
                }
            }
            return new Template(key.toString(), arguments);
        }
    }
}
