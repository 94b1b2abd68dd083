package dev.steward.app.attest;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.SceneFactory;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/// "Controls & attestation — <integration>": one non-modal window per integration, with a Controls tab
/// (assessments and evidence) and an Attestation tab (workflow and history).
public final class AttestationWindow {
    private final AttestationViewModel vm;
    private final Stage stage;
    private final TabPane tabs;

    private AttestationWindow(Window owner, AttestationViewModel vm) {
        this.vm = vm;
        tabs = new TabPane(
                tab("attest.tab.controls", "controlsTab", new ControlsTab(vm, this::stage).build()),
                tab("attest.tab.attestation", "attestationTab", new AttestationTab(vm.signOff(), this::stage).build()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("attestTabs");
        BorderPane root = new BorderPane(tabs);
        root.setBottom(bottom());
        BorderPane.setMargin(root.getBottom(), new Insets(8));
        stage = SceneFactory.secondaryStage(owner, vm.title(), SceneFactory.scene(root, 960, 720));
        stage.getScene().getAccelerators().put(KeyCombination.keyCombination("F5"), vm::reload);
    }

    /// Opens the window and starts loading the integration's controls and attestations.
    public static AttestationWindow open(Window owner, AttestContext context) {
        AttestationWindow window = new AttestationWindow(owner, new AttestationViewModel(context));
        window.stage.setOnHidden(e -> window.vm.dispose());
        window.stage.show();
        window.vm.reload();
        return window;
    }

    /// Brings the Attestation tab (submit, sign, return) to the front.
    public void showSignOff() {
        tabs.getSelectionModel().select(1);
    }

    public Stage stage() {
        return stage;
    }

    public AttestationViewModel viewModel() {
        return vm;
    }

    private ButtonBar bottom() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("attestBusy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        Button refresh = new Button(Messages.get("attest.button.refresh"));
        refresh.setId("refreshAttestButton");
        refresh.setMnemonicParsing(true);
        refresh.setOnAction(e -> vm.reload());
        ButtonBar.setButtonData(refresh, ButtonBar.ButtonData.LEFT);
        Button close = new Button(Messages.get("attest.button.close"));
        close.setId("closeAttestButton");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar.setButtonData(busy, ButtonBar.ButtonData.LEFT);
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(refresh, busy, close);
        return bar;
    }

    private static Tab tab(String key, String id, javafx.scene.Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        return tab;
    }
}
