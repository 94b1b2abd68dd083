package dev.steward.app;

import dev.steward.app.dialog.FileKind;
import dev.steward.app.dialog.SaveTarget;
import dev.steward.model.csv.CsvProblem;

import java.nio.file.Path;
import java.util.Optional;

import dev.steward.app.dialog.DialogService;

import java.util.ArrayList;
import java.util.List;

/// Test double for the dialog service: records what would have been shown and answers confirmations.
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answer = true;
    /// what the file dialogs return; empty means the user cancelled
    public Optional<Path> fileToOpen = Optional.empty();
    public Optional<SaveTarget> fileToSave = Optional.empty();
    /// whether the user chooses "import valid rows only" when shown problems
    public boolean importValidRows;
    public final List<List<CsvProblem>> reviewedProblems = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return answer;
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
    public boolean reviewImportProblems(String fileName, int validRows, List<CsvProblem> problems) {
        reviewedProblems.add(problems);
        return importValidRows;
    }
}
