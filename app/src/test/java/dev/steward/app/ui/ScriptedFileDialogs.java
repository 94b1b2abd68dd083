package dev.steward.app.ui;

import dev.steward.app.dialog.DialogService;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.dialog.SaveTarget;
import dev.steward.model.csv.CsvProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// The real dialogs, except the native file choosers (no robot can drive those), which answer from fields.
final class ScriptedFileDialogs implements DialogService {
    private DialogService real;
    Optional<Path> fileToOpen = Optional.empty();
    Optional<SaveTarget> fileToSave = Optional.empty();
    List<Path> filesToOpen = List.of();
    Optional<Path> folderToOpen = Optional.empty();

    DialogService wrap(DialogService delegate) {
        this.real = delegate;
        return this;
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        real.showInfo(title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return real.confirm(title, message);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return fileToOpen;
    }

    @Override
    public Optional<SaveTarget> chooseFileToSave(String title, String suggestedName, List<FileKind> kinds) {
        return fileToSave;
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileKind kind) {
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return folderToOpen;
    }

    @Override
    public Optional<String> askReason(String title, String message) {
        return real.askReason(title, message);
    }

    @Override
    public boolean reviewImportProblems(String fileName, int validRows, List<CsvProblem> problems) {
        return real.reviewImportProblems(fileName, validRows, problems);
    }
}
