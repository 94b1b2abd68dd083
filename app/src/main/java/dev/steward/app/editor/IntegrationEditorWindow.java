package dev.steward.app.editor;

import dev.steward.app.i18n.FieldLabels;
import dev.steward.app.i18n.Messages;
import dev.steward.app.people.PersonDialog;
import dev.steward.app.scene.SceneFactory;
import dev.steward.app.scene.WrappingCells;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Durations;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.validation.ValidationProblem;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import dev.steward.app.scene.IsoDatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Optional;

/// The integration editor: one non-modal window per opened record, tabs for each part of the record,
/// live validation messages at the bottom and Save enabled by one binding.
public final class IntegrationEditorWindow {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final IntegrationEditorViewModel vm;
    /// true while a date field holds text that is not a date: Save waits until it is fixed, nothing is dropped
    private final javafx.beans.property.BooleanProperty unreadableDate = new javafx.beans.property.SimpleBooleanProperty();
    private final java.util.List<IsoDatePicker> dateFields = new java.util.ArrayList<>();
    private final Stage stage;

    private IntegrationEditorWindow(Window owner, IntegrationEditorViewModel vm) {
        this.vm = vm;
        TabPane tabs = new TabPane(
                tab("editor.tab.general", general()),
                tab("editor.tab.ownership", ownership()),
                tab("editor.tab.access", access()),
                tab("editor.tab.credentials", credentials()),
                tab("editor.tab.revocation", revocation()));
        Tab historyTab = new Tab(Messages.get("editor.tab.history"), HistoryTable.of(vm.history()));
        historyTab.setId("historyTab");
        tabs.getTabs().add(historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("editorTabs");
        BorderPane root = new BorderPane(tabs);
        root.setTop(banners());
        root.setBottom(new VBox(6, problems(), buttons()));
        BorderPane.setMargin(root.getBottom(), new Insets(8));
        stage = SceneFactory.secondaryStage(owner, "", SceneFactory.scene(root, 760, 640));
        stage.titleProperty().bind(vm.titleProperty());
        // Ctrl+S (Cmd+S) saves whenever Save is enabled, wherever the focus is
        stage.getScene().getAccelerators().put(SAVE, () -> {
            if (vm.canSaveProperty().get()) {
                vm.save();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!vm.confirmClose()) {
                e.consume();
            }
        });
    }

    /// Opens and shows a new editor window.
    public static IntegrationEditorWindow open(Window owner, EditorContext context, Integration existing) {
        IntegrationEditorWindow window = new IntegrationEditorWindow(owner, new IntegrationEditorViewModel(context, existing));
        window.stage.show();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public IntegrationEditorViewModel viewModel() {
        return vm;
    }

    // ---- tabs --------------------------------------------------------------------------------------------------

    private Node general() {
        Form form = new Form();
        TextField name = form.row("editor.field.name", text("nameField", vm.name));
        name.setPromptText(Messages.get("editor.field.name.prompt"));
        form.row("editor.field.purpose", area("purposeField", vm.purpose, 3));
        form.row("editor.field.vendor", text("vendorField", vm.vendor));
        ComboBox<IntegrationKind> kind = form.row("editor.field.kind", choice("kindBox", IntegrationKind.values(), vm.kind));
        kind.setMaxWidth(Double.MAX_VALUE);
        ComboBox<PipelineRole> role = form.row("editor.field.pipelineRole", choice("pipelineRoleBox", PipelineRole.values(), vm.pipelineRole));
        role.disableProperty().bind(vm.kind.isNotEqualTo(IntegrationKind.PIPELINE_COMPONENT));
        FlowPane envs = new FlowPane(12, 6);
        for (DeploymentEnvironment env : DeploymentEnvironment.values()) {
            CheckBox box = new CheckBox(Messages.label(env));
            box.setId("env" + env.name());
            box.selectedProperty().bindBidirectional(vm.environments.get(env));
            envs.getChildren().add(box);
        }
        form.row("editor.field.environments", envs);
        ComboBox<LifecycleStatus> status = form.row("editor.field.status", new ComboBox<>(vm.allowedStatuses));
        status.setId("statusBox");
        status.setConverter(ItemDialogs.enumConverter());
        status.valueProperty().bindBidirectional(vm.status);
        IsoDatePicker review = form.row("editor.field.nextReview", new IsoDatePicker());
        watchDate(review);
        review.setId("nextReviewPicker");
        review.valueProperty().bindBidirectional(vm.nextReview);
        return form.node();
    }

    private Node ownership() {
        Form form = new Form();
        form.row("editor.field.sponsor", personPicker("sponsorBox", vm.sponsor));
        form.row("editor.field.owner", personPicker("ownerBox", vm.technicalOwner));
        // Add and Edit both open the same picker; people already listed are not offered again
        form.row("editor.field.backups", new ListEditor<>("backups", vm.backupOwners, Person::displayName,
                current -> ItemDialogs.backupOwner(stage, vm.people(), current, vm.backupOwners)));
        return form.node();
    }

    private Node access() {
        Form form = new Form();
        form.row("editor.field.dataAccess", new ListEditor<>("dataAccess", vm.dataAccess,
                d -> d.system() + " — " + Messages.label(d.level()), current -> ItemDialogs.dataAccess(stage, current)));
        form.row("editor.field.tools", new ListEditor<>("tools", vm.tools,
                t -> t.name() + " (" + Messages.label(t.type()) + ")", current -> ItemDialogs.tool(stage, current)));
        form.row("editor.field.agentLinks", new ListEditor<>("agentLinks", vm.agentLinks,
                IntegrationEditorWindow::describe, current -> ItemDialogs.agentLink(stage, current)));
        return form.node();
    }

    private Node credentials() {
        Form form = new Form();
        Label note = new Label(Messages.get("editor.credentials.note"));
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        form.row("editor.field.credentialsNote", note);
        form.row("editor.field.credentials", new ListEditor<>("credentials", vm.credentials,
                IntegrationEditorWindow::describe, current -> ItemDialogs.credential(stage, current)));
        return form.node();
    }

    private Node revocation() {
        Form form = new Form();
        form.row("editor.field.killSwitch", text("killSwitchField", vm.killSwitch));
        form.row("editor.field.authorisedBy", text("authorisedByField", vm.authorisedBy));
        form.row("editor.field.steps", area("stepsField", vm.revocationSteps, 4));
        TextField target = form.row("editor.field.targetTime", text("targetTimeField", vm.targetTime));
        target.setPromptText(Messages.get("dialog.duration.prompt"));
        IsoDatePicker tested = form.row("editor.field.lastTested", new IsoDatePicker());
        watchDate(tested);
        tested.setId("lastTestedPicker");
        tested.valueProperty().bindBidirectional(vm.lastTested);
        form.row("editor.field.lastResult", choice("lastResultBox", RevocationTestResult.values(), vm.lastResult));
        form.row("editor.field.impact", area("impactField", vm.revocationImpact, 3));
        return form.node();
    }

    // ---- bottom and top ----------------------------------------------------------------------------------------

    private Node banners() {
        Label conflict = new Label();
        conflict.setId("conflictBanner");
        conflict.setWrapText(true);
        conflict.textProperty().bind(vm.conflictProperty());
        Button reload = new Button(Messages.get("editor.conflict.reload"));
        reload.setId("reloadButton");
        reload.setOnAction(e -> vm.reloadFromStore());
        HBox conflictBox = new HBox(8, conflict, reload);
        conflictBox.getStyleClass().add("banner-danger");
        conflictBox.visibleProperty().bind(vm.conflictProperty().isNotEmpty());
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());
        Label retired = new Label(Messages.get("editor.readOnly"));
        retired.setId("readOnlyBanner");
        retired.getStyleClass().add("banner-info");
        retired.visibleProperty().bind(vm.readOnlyProperty());
        retired.managedProperty().bind(retired.visibleProperty());
        Label notAllowed = new Label(Messages.get("editor.notAllowed"));
        notAllowed.setId("notAllowedBanner");
        notAllowed.getStyleClass().add("banner-info");
        notAllowed.visibleProperty().bind(vm.notAllowedProperty());
        notAllowed.managedProperty().bind(notAllowed.visibleProperty());
        return new VBox(conflictBox, retired, notAllowed);
    }

    private Node problems() {
        ListView<ValidationProblem> list = new ListView<>(vm.problems());
        list.setId("problemsList");
        list.setPrefHeight(90);
        list.setFocusTraversable(false);
        WrappingCells.apply(list, item -> Messages.format("editor.problem", FieldLabels.of(item.field()), item.message()));
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    private void watchDate(IsoDatePicker picker) {
        dateFields.add(picker);
        picker.invalidProperty().addListener((obs, was, now) ->
                unreadableDate.set(dateFields.stream().anyMatch(d -> d.invalidProperty().get())));
    }

    private Node buttons() {
        Button save = new Button(Messages.get("editor.button.save"));
        save.setId("saveButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.canSaveProperty().not().or(unreadableDate));
        save.setOnAction(e -> vm.save());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        Button close = new Button(Messages.get("editor.button.close"));
        close.setId("closeButton");
        close.setCancelButton(true);
        close.setOnAction(e -> SceneFactory.requestClose(stage));
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(save, close);
        return bar;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Node personPicker(String id, javafx.beans.property.ObjectProperty<Person> target) {
        ComboBox<Person> box = personCombo(id);
        box.valueProperty().bindBidirectional(target);
        Button clear = new Button(Messages.get("editor.person.clear"));
        clear.setId(id + "Clear");
        clear.setOnAction(e -> target.set(null));
        Button create = new Button(Messages.get("editor.person.new"));
        create.setId(id + "New");
        create.setOnAction(e -> PersonDialog.show(stage, null, vm.executor(), vm::storePerson)
                .ifPresent(saved -> vm.personCreated(saved, target::set)));
        return new HBox(6, box, clear, create);
    }

    private ComboBox<Person> personCombo(String id) {
        ComboBox<Person> box = new ComboBox<>(vm.people());
        box.setId(id);
        box.setPrefWidth(300);
        box.setConverter(ItemDialogs.personConverter());
        return box;
    }

    private static String describe(AgentLink link) {
        return Messages.label(link.direction()) + ": " + link.agent()
                + (link.handsTokens() ? " — " + Messages.get("editor.agentLink.handsTokens") : "");
    }

    private static String describe(Credential c) {
        return c.label() + " — " + Messages.label(c.type()) + ", " + Messages.label(c.storedIn())
                + ", " + Messages.format("editor.credential.lifetime", Durations.format(c.lifetime()));
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private static <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, javafx.beans.property.ObjectProperty<E> property) {
        ComboBox<E> box = ItemDialogs.combo(id, values, property.get());
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private Tab tab(String key, Node content) {
        // retired records stay readable: the tabs still switch, only the fields are locked.
        // The bound node sits inside a wrapper because Tab itself sets its content's disable flag.
        content.disableProperty().bind(vm.busyProperty().or(vm.readOnlyProperty()));
        Tab tab = new Tab(Messages.get(key), new StackPane(content));
        tab.setId(key.substring(key.lastIndexOf('.') + 1) + "Tab");
        return tab;
    }

    /// Two-column label/field grid; labels carry mnemonics that focus their field.
    private static final class Form {
        private final GridPane grid = new GridPane();
        private int rows;

        Form() {
            grid.setHgap(10);
            grid.setVgap(8);
            grid.setPadding(new Insets(12));
            ColumnConstraints fields = new ColumnConstraints();
            fields.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().setAll(new ColumnConstraints(), fields);
        }

        <N extends Node> N row(String labelKey, N field) {
            Label label = new Label(Messages.get(labelKey));
            label.setMnemonicParsing(true);
            label.setLabelFor(field);
            label.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(rows++, label, field);
            return field;
        }

        Node node() {
            return grid;
        }
    }
}
