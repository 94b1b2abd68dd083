package dev.steward.app.dialog;

import dev.steward.app.scene.UserPreferences;
import dev.steward.model.csv.CsvProblem;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.function.Supplier;
import java.util.prefs.Preferences;

/// Dialogs shown as JavaFX alerts, owned by the window that asked.
public final class FxDialogService implements DialogService {
    private static final String OPEN = "open";
    private static final String SAVE = "save";
    private final Supplier<Window> owner;
    private final RecentFolders folders;

    public FxDialogService(Supplier<Window> owner) {
        this(owner, UserPreferences.node());
    }

    /// @param preferences where the file dialogs' last folders are kept
    public FxDialogService(Supplier<Window> owner, Preferences preferences) {
        this.owner = owner;
        this.folders = new RecentFolders(preferences);
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = build(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        FileChooser chooser = chooser(title, List.of(kind));
        folders.initial(OPEN).ifPresent(chooser::setInitialDirectory);
        Optional<Path> chosen = Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
        chosen.ifPresent(path -> folders.chosen(OPEN, path));
        return chosen;
    }

    @Override
    public Optional<SaveTarget> chooseFileToSave(String title, String suggestedName, List<FileKind> kinds) {
        FileChooser chooser = chooser(title, kinds);
        chooser.setInitialFileName(suggestedName);
        folders.initial(SAVE).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        folders.chosen(SAVE, file.toPath());
        int picked = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        FileKind kind = kinds.get(Math.max(0, picked));
        Path path = file.toPath();
        // some desktops return the typed name as is; add the kind's extension so the file opens by double-click
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + kind.defaultSuffix());
        }
        return Optional.of(new SaveTarget(path, kind));
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileKind kind) {
        FileChooser chooser = chooser(title, List.of(kind));
        folders.initial(OPEN).ifPresent(chooser::setInitialDirectory);
        List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        folders.chosen(OPEN, chosen.getFirst().toPath());
        return chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        folders.initial(OPEN).ifPresent(chooser::setInitialDirectory);
        Optional<Path> chosen = Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
        chosen.ifPresent(path -> folders.chosen(OPEN, path.resolve("x")));
        return chosen;
    }

    @Override
    public Optional<String> askReason(String title, String message) {
        return ReasonDialog.ask(owner.get(), title, message);
    }

    @Override
    public boolean reviewImportProblems(String fileName, int validRows, List<CsvProblem> problems) {
        return ImportProblemsDialog.show(owner.get(), fileName, validRows, problems);
    }

    private static FileChooser chooser(String title, List<FileKind> kinds) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileKind kind : kinds) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.extensions()));
        }
        return chooser;
    }

    private void show(Alert.AlertType type, String title, String message) {
        build(type, title, message).showAndWait();
    }

    private Alert build(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // a wrapping label so long messages (paths, conflict details) are readable
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(480);
        content.setId("dialogMessage");
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
