package dev.steward.app.dialog;

import dev.steward.model.csv.CsvProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// How view models talk to the user. Tests replace it; no view model builds an Alert itself.
public interface DialogService {
    void showError(String title, String message);

    /// Shows what went wrong in words for a person ({@link ErrorText}); never raw SQL or exception text.
    default void showFailure(String title, Throwable error) {
        showError(title, ErrorText.of(error));
    }

    void showInfo(String title, String message);

    /// @return true when the user confirms
    boolean confirm(String title, String message);

    /// @return the file to read, or empty when the user cancelled
    Optional<Path> chooseFileToOpen(String title, FileKind kind);

    /// @return the file to write and the kind the user picked (e.g. CSV for Excel), or empty when cancelled
    Optional<SaveTarget> chooseFileToSave(String title, String suggestedName, List<FileKind> kinds);

    /// Several files at once (discovery reads configurations and exports together).
    ///
    /// @return the files chosen, empty when the user cancelled
    default List<Path> chooseFilesToOpen(String title, FileKind kind) {
        return chooseFileToOpen(title, kind).map(List::of).orElse(List.of());
    }

    /// @return the folder chosen, or empty when the user cancelled
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    /// Asks for a reason (e.g. why a finding is dismissed); OK is enabled only once something is typed.
    ///
    /// @return the reason, or empty when the user cancelled
    default Optional<String> askReason(String title, String message) {
        return Optional.empty();
    }

    /// Shows what is wrong in a file about to be imported.
    ///
    /// @return true when the user chose to import only the {@code validRows} and skip the rest
    boolean reviewImportProblems(String fileName, int validRows, List<CsvProblem> problems);
}
