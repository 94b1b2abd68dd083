package dev.steward.model.register;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Short, typeable durations for credential lifetimes and revocation targets: "15m", "2h", "90d", "1w", "never".
///
/// People think of lifetimes in minutes, hours and days, not in ISO-8601, so that is what forms accept and show.
/// ISO-8601 ("PT15M") is still accepted because it is what exports and the database contain.
/// `null` stands for "no expiry", matching {@link Credential#lifetime()}.
public final class Durations {
    /// Written for an absent duration; also accepted (like the empty string) when parsing.
    public static final String NEVER = "never";

    /// Longer than any duration written by hand ("999999999 minutes", "P1DT2H3M4.5S").
    static final int MAX_TEXT_LENGTH = 64;

    private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,9})\\s*([a-z]+)");

    private static final long SECONDS_PER_MINUTE = 60;
    private static final long SECONDS_PER_HOUR = 3_600;
    private static final long SECONDS_PER_DAY = 86_400;

    private Durations() {
    }

    /// Reads a duration typed by a person.
    ///
    /// Accepts a whole number followed by a unit (`s`, `m`/`min`, `h`/`hr`, `d`/`day`, `w`/`week`, singular or
    /// plural, optionally separated by a space), ISO-8601 such as `PT15M`, or `never` / blank for no expiry.
    ///
    /// @return the duration, or `null` for `never`, blank or `null` input
    /// @throws IllegalArgumentException with a message fit to show the person who typed it
    public static Duration parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || trimmed.equals(NEVER)) {
            return null;
        }
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            // Before any pattern, and without echoing what may be a pasted page.
            throw new IllegalArgumentException("This is " + trimmed.length() + " characters long, too long for a "
                    + "duration: use e.g. 15m, 2h, 90d or never");
        }
        if (trimmed.startsWith("p") || trimmed.startsWith("-p")) {
            return parseIso(text, trimmed);
        }
        Matcher matcher = SHORT_FORM.matcher(trimmed);
        if (!matcher.matches()) {
            throw notADuration(text);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s", "sec", "secs", "second", "seconds" -> Duration.ofSeconds(amount);
            case "m", "min", "mins", "minute", "minutes" -> Duration.ofMinutes(amount);
            case "h", "hr", "hrs", "hour", "hours" -> Duration.ofHours(amount);
            case "d", "day", "days" -> Duration.ofDays(amount);
            case "w", "wk", "wks", "week", "weeks" -> Duration.ofDays(7 * amount);
            default -> throw notADuration(text);
        };
    }

    /// The short form of a duration, the inverse of {@link #parse(String)}: `parse(format(d))` equals `d`.
    ///
    /// Uses the largest of days, hours, minutes and seconds that divides the duration exactly, so 90 days
    /// reads "90d" rather than "2160h". Weeks are never produced: "90d" is how policies state lifetimes.
    /// Durations that are not a whole number of seconds, or are negative, fall back to ISO-8601.
    ///
    /// @return e.g. "15m", "2h", "90d", or "never" for `null`
    public static String format(Duration duration) {
        if (duration == null) {
            return NEVER;
        }
        if (duration.isNegative() || duration.getNano() != 0) {
            return duration.toString();
        }
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0m";
        }
        if (seconds % SECONDS_PER_DAY == 0) {
            return seconds / SECONDS_PER_DAY + "d";
        }
        if (seconds % SECONDS_PER_HOUR == 0) {
            return seconds / SECONDS_PER_HOUR + "h";
        }
        if (seconds % SECONDS_PER_MINUTE == 0) {
            return seconds / SECONDS_PER_MINUTE + "m";
        }
        return seconds + "s";
    }

    private static Duration parseIso(String original, String lowerCased) {
        try {
            return Duration.parse(lowerCased.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw notADuration(original);
        }
    }

    private static IllegalArgumentException notADuration(String text) {
        return new IllegalArgumentException("'" + text.strip() + "' is not a duration: use e.g. 15m, 2h, 90d or never");
    }
}
