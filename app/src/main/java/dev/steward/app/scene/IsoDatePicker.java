package dev.steward.app.scene;

import dev.steward.app.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/// The one date field of the app: dates are typed and shown as ISO `yyyy-mm-dd` (2027-03-15), the same style
/// as every date the app shows, whatever the desktop's locale. The expected form is the field's prompt.
///
/// Typed text that is not such a date is never dropped: JavaFX's own picker silently puts the old date back
/// when its text does not parse. Here the text stays as typed, the field is marked (style class
/// `field-invalid`) and says what it expects, and {@link #invalidProperty()} is true, so a form can refuse
/// to save until it is fixed. A text that parses sets the value at once, without Enter.
public final class IsoDatePicker extends DatePicker {
    /// Digits may be single (2027-3-5); the year has four. Strict: 2027-02-30 is not a date.
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(false);
    private final Tooltip hint = new Tooltip(Messages.get("date.invalid"));
    /// The text the converter could not read: shown again instead of the old date (see {@link Converter}).
    private String rejected;

    public IsoDatePicker() {
        this(null);
    }

    public IsoDatePicker(LocalDate initial) {
        super(initial);
        setConverter(new Converter());
        setPromptText(Messages.get("date.prompt"));
        getEditor().setText(getConverter().toString(initial));
        getEditor().textProperty().addListener((obs, old, text) -> typed(text));
    }

    /// Formats a date as the app shows dates everywhere; empty for none.
    public static String format(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /// The date `text` names in the accepted form, empty when blank.
    ///
    /// @throws DateTimeParseException when it is not such a date
    public static Optional<LocalDate> parse(String text) {
        String strip = text == null ? "" : text.strip();
        return strip.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(strip, TYPED));
    }

    /// True while the field holds text that is not a date in the accepted form.
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    private void typed(String text) {
        try {
            LocalDate date = parse(text).orElse(null);
            setInvalid(false);
            if (date == null ? getValue() != null : !date.equals(getValue())) {
                setValue(date);
            }
        } catch (DateTimeParseException e) {
            setInvalid(true);
        }
    }

    private void setInvalid(boolean now) {
        invalid.set(now);
        if (now && !getStyleClass().contains("field-invalid")) {
            getStyleClass().add("field-invalid");
            getEditor().getStyleClass().add("field-invalid");
            setTooltip(hint);
        } else if (!now) {
            getStyleClass().remove("field-invalid");
            getEditor().getStyleClass().remove("field-invalid");
            setTooltip(null);
        }
    }

    /// ISO both ways. When the picker commits text that does not parse (Enter, leaving the field), it catches
    /// the failure and writes the old value's text over what was typed; the converter answers that one call
    /// with the typed text instead, so it stays.
    private final class Converter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            if (rejected != null) {
                String text = rejected;
                rejected = null;
                return text;
            }
            return format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return parse(text).orElse(null);
            } catch (DateTimeParseException e) {
                rejected = text;
                throw e;
            }
        }
    }
}
