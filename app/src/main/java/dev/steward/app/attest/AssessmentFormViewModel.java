package dev.steward.app.attest;

import dev.steward.app.i18n.Messages;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.ControlAssessment;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;

/// The assessment form of the selected control: status, justification and notes, with the inline rule the
/// service would otherwise only report at submission ("not applicable" needs a reason), and whether anything
/// changed since the control was loaded.
public final class AssessmentFormViewModel {
    public final ObjectProperty<AssessmentStatus> status = new SimpleObjectProperty<>();
    public final StringProperty justification = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ControlAssessment> loaded = new ReadOnlyObjectWrapper<>();
    private final StringBinding justificationProblem;
    private final BooleanBinding valid;
    private final BooleanBinding changed;

    public AssessmentFormViewModel() {
        justificationProblem = Bindings.createStringBinding(() ->
                        status.get() == AssessmentStatus.NOT_APPLICABLE && blank(justification.get())
                                ? Messages.get("attest.form.justification.required") : "",
                status, justification);
        valid = Bindings.createBooleanBinding(() -> loaded.get() != null && status.get() != null
                && justificationProblem.get().isEmpty(), loaded, status, justificationProblem);
        changed = Bindings.createBooleanBinding(() -> {
            ControlAssessment before = loaded.get();
            return before != null && (status.get() != before.status()
                    || !Objects.equals(strip(justification.get()), before.justification())
                    || !Objects.equals(strip(notes.get()), before.notes()));
        }, loaded, status, justification, notes);
    }

    /// Shows `assessment` in the form; {@code null} clears it (nothing selected).
    public void load(ControlAssessment assessment) {
        loaded.set(assessment);
        status.set(assessment == null ? null : assessment.status());
        justification.set(assessment == null ? "" : assessment.justification());
        notes.set(assessment == null ? "" : assessment.notes());
    }

    public ReadOnlyObjectProperty<ControlAssessment> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /// Empty, or why the form cannot be saved as it is; shown under the justification field.
    public StringBinding justificationProblem() {
        return justificationProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanBinding changedProperty() {
        return changed;
    }

    String justificationText() {
        return strip(justification.get());
    }

    String notesText() {
        return strip(notes.get());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
