package dev.steward.app.attest;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.JobProgress;
import dev.steward.app.scene.TextColumns;
import dev.steward.app.scene.WrappingCells;
import dev.steward.app.export.AttestationExport;
import dev.steward.storage.StoredAttestation;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Supplier;

/// The Attestation tab: state and expiry, what blocks submission, the workflow buttons (each enabled by one
/// binding from {@link SignOffViewModel}), export progress with Cancel, and the history of attestations.
final class AttestationTab {
    private final SignOffViewModel vm;
    private final Supplier<Window> owner;

    AttestationTab(SignOffViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    Node build() {
        Label state = new Label();
        state.setId("attestationState");
        state.getStyleClass().add("result-value");
        state.textProperty().bind(vm.stateTextProperty());
        Label number = new Label();
        number.setId("attestationNumber");
        number.getStyleClass().add("muted");
        number.textProperty().bind(vm.numberProperty());
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("submissionProblems");
        WrappingCells.apply(problems, text -> text);
        problems.setPrefHeight(110);
        problems.setFocusTraversable(false);
        Label noProblems = new Label();
        noProblems.setWrapText(true);
        noProblems.textProperty().bind(vm.noProblemsTextProperty());
        problems.setPlaceholder(noProblems);
        Label verification = new Label();
        verification.setId("verificationLabel");
        verification.setWrapText(true);
        verification.textProperty().bind(vm.verificationProperty());
        VBox box = new VBox(8, ControlsTab.heading("attest.state.label"), state, number,
                ControlsTab.heading("attest.problems.label"), problems, buttons(), verification, progress(),
                ControlsTab.heading("attest.history.title"), history());
        box.setPadding(new Insets(10));
        return box;
    }

    private Node buttons() {
        Button submit = button("submitButton", "attest.button.submit", vm::submit);
        submit.disableProperty().bind(vm.canSubmitProperty().not());
        Button sign = button("signButton", "attest.button.sign",
                () -> vm.signing().ifPresent(signing -> SignDialog.show(owner.get(), signing)));
        sign.disableProperty().bind(vm.canSignProperty().not());
        Button ret = button("returnButton", "attest.button.return",
                () -> AttestDialogs.returnComment(owner.get()).ifPresent(vm::returnToReviewer));
        ret.disableProperty().bind(vm.canReturnProperty().not());
        Button verify = button("verifyButton", "attest.button.verify", vm::verify);
        verify.disableProperty().bind(vm.canVerifyProperty().not());
        MenuButton export = new MenuButton(Messages.get("attest.button.export"));
        export.setId("exportButton");
        export.setMnemonicParsing(true);
        export.disableProperty().bind(vm.canExportProperty().not());
        // the signed bundle appears only once signed, so the items follow the current attestation
        export.setOnShowing(e -> export.getItems().setAll(vm.exports().stream().map(this::exportItem).toList()));
        export.getItems().add(new MenuItem(Messages.get("attest.export.format.pdf")));
        return new HBox(8, submit, sign, ret, verify, export);
    }

    private MenuItem exportItem(AttestationExport format) {
        MenuItem item = new MenuItem(Messages.get("attest.export.format." + format.id()));
        item.setId("export-" + format.id());
        item.setOnAction(e -> {
            if (format.requiresAffirmation()) {
                AttestDialogs.affirm(owner.get(), vm.executor(), vm::unlockForAffirmation)
                        .ifPresent(affirmant -> vm.export(format, affirmant));
            } else {
                vm.export(format);
            }
        });
        return item;
    }

    private Node progress() {
        return JobProgress.of(vm.progress(), "export");
    }

    private Node history() {
        TableView<StoredAttestation> table = new TableView<>(vm.history());
        table.setId("historyTable");
        table.setPrefHeight(160);
        table.getColumns().add(TextColumns.of("attest.history.column.number", "Column",
                s -> Long.toString(s.id()), 60));
        table.getColumns().add(TextColumns.of("attest.history.column.state", "Column",
                s -> Messages.label(s.attestation().state()), 150));
        table.getColumns().add(TextColumns.of("attest.history.column.submitted", "Column", AttestationText::submitted, 170));
        table.getColumns().add(TextColumns.of("attest.history.column.signed", "Column", AttestationText::signed, 260));
        table.getColumns().add(TextColumns.of("attest.history.column.expires", "Column",
                s -> AttestationText.instant(s.attestation().expiresAt()), 120));
        table.getColumns().add(TextColumns.of("attest.history.column.stale", "Column", AttestationText::staleReason, 220));
        table.disableProperty().bind(Bindings.isEmpty(vm.history()));
        return table;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }
}
