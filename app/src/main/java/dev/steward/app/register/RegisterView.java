package dev.steward.app.register;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.Appearance;
import dev.steward.app.scene.JobProgress;
import dev.steward.app.scene.Theme;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import dev.steward.storage.SearchQuery;

import java.util.function.Consumer;

/// The main screen: menu, tool bar, the register table with quick search and column filters, and a status bar.
/// Only binds to {@link RegisterViewModel} and forwards user actions.
public final class RegisterView {
    private final RegisterViewModel viewModel;
    private final EditorOpener editors;
    private final Runnable quit;
    private final Runnable about;
    private final Runnable people;
    private final Runnable classify;
    private final RegisterTable registerTable;
    private final TableView<IntegrationRow> table;
    private final TextField search = TextFields.createClearableTextField();
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Menu viewMenu = new Menu(Messages.get("menu.view"));
    private final Menu fileMenu = new Menu(Messages.get("menu.file"));
    private Menu editMenu;
    private MenuItem classifyItem;
    private ToolBar toolBar;
    private Button classifyButton;

    /// @param people   opens the people window
    /// @param classify opens the classification wizard for the selected integration
    public RegisterView(RegisterViewModel viewModel, EditorOpener editors, Runnable people, Runnable classify,
                        Runnable quit, Runnable about) {
        this.viewModel = viewModel;
        this.editors = editors;
        this.people = people;
        this.classify = classify;
        this.quit = quit;
        this.about = about;
        this.registerTable = new RegisterTable(viewModel);
        this.table = registerTable.table();
        root.setTop(new VBox(menuBar(), toolBarWithSearch()));
        Tab registerTab = new Tab(Messages.get("tab.register"), buildTable());
        registerTab.setId("registerTab");
        tabs.getTabs().add(registerTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("mainTabs");
        root.setCenter(tabs);
        root.setBottom(statusBar());
        root.setId("registerRoot");
    }

    public Parent root() {
        return root;
    }

    public TableView<IntegrationRow> table() {
        return table;
    }

    /// Adds a tab after the existing ones, reachable from the View menu with {@code accelerator}.
    public void addTab(Tab tab, String menuKey, String accelerator) {
        tabs.getTabs().add(tab);
        MenuItem item = menuItem(menuKey, accelerator, () -> tabs.getSelectionModel().select(tab));
        viewMenu.getItems().add(tabs.getTabs().size() - 1, item);
    }

    /// Adds items to the File menu just above Quit, e.g. the account actions.
    public void addFileItems(MenuItem... items) {
        fileMenu.getItems().addAll(fileMenu.getItems().size() - 1, java.util.List.of(items));
    }

    /// Adds items to the View menu after its own, e.g. windows only some roles may open.
    public void addViewItems(MenuItem... items) {
        viewMenu.getItems().addAll(items);
    }

    public TabPane tabs() {
        return tabs;
    }

    /// Shows the register tab, e.g. after a drill-down from elsewhere.
    public void showRegister() {
        tabs.getSelectionModel().select(tabs.getTabs().getFirst());
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    private void newIntegration() {
        editors.open(null);
    }

    private void editSelected() {
        IntegrationRow row = viewModel.selectedProperty().get();
        if (row != null) {
            editors.open(row.integration());
        }
    }

    private BooleanBinding notLoaded() {
        return viewModel.loadedProperty().not();
    }

    /// Not loaded, or the signed-in user may not edit the register.
    private BooleanBinding noEdit() {
        return notLoaded().or(viewModel.mayEditProperty().not());
    }

    private BooleanBinding noSelection() {
        return viewModel.selectedProperty().isNull().or(notLoaded());
    }

    /// No selection, not loaded, busy, or the selection is retired: retiring and classifying both need a live record.
    private BooleanBinding noLiveSelection() {
        return noSelection().or(Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get() != null && viewModel.selectedProperty().get().integration().isRetired(),
                viewModel.selectedProperty())).or(viewModel.busyProperty());
    }

    // ---- layout ----------------------------------------------------------------------------------------------

    private MenuBar menuBar() {
        MenuItem newItem = menuItem("menu.file.new", "Shortcut+N", this::newIntegration);
        newItem.disableProperty().bind(noEdit());
        MenuItem sample = menuItem("menu.file.sample", null, viewModel::loadSampleData);
        sample.disableProperty().bind(noEdit().or(viewModel.busyProperty()));
        MenuItem quitItem = menuItem("menu.file.quit", "Shortcut+Q", quit);
        fileMenu.getItems().addAll(newItem, sample, new SeparatorMenuItem(), quitItem);
        Menu file = fileMenu;

        MenuItem edit = menuItem("menu.edit.edit", "Shortcut+E", this::editSelected);
        edit.disableProperty().bind(noSelection());
        MenuItem retire = menuItem("menu.edit.retire", "Shortcut+Delete", viewModel::retireSelected);
        retire.disableProperty().bind(noLiveSelection().or(viewModel.mayEditProperty().not()));
        classifyItem = menuItem("menu.edit.classify", "Shortcut+K", classify);
        classifyItem.disableProperty().bind(noLiveSelection().or(viewModel.mayClassifyProperty().not()));
        MenuItem find = menuItem("menu.edit.find", "Shortcut+F", search::requestFocus);
        MenuItem clear = menuItem("menu.edit.clearFilters", "Shortcut+Shift+F", viewModel::clearFilters);
        clear.setId("clearFiltersMenuItem");
        clear.disableProperty().bind(notLoaded());
        editMenu = new Menu(Messages.get("menu.edit"), null, edit, classifyItem, retire, new SeparatorMenuItem(), find,
                clear);

        MenuItem refresh = menuItem("menu.view.refresh", "F5", viewModel::reload);
        refresh.disableProperty().bind(notLoaded().or(viewModel.busyProperty()));
        MenuItem peopleItem = menuItem("menu.view.people", "Shortcut+P", people);
        peopleItem.disableProperty().bind(notLoaded());
        MenuItem registerItem = menuItem("menu.view.register", "Shortcut+1", this::showRegister);
        Menu filter = new Menu(Messages.get("menu.view.filter"));
        filter.getItems().addAll(registerTable.filterMenus());
        filter.disableProperty().bind(notLoaded());
        viewMenu.getItems().addAll(registerItem, new SeparatorMenuItem(), peopleItem, refresh, filter,
                new SeparatorMenuItem(), themeMenu());
        Menu view = viewMenu;

        Menu help = new Menu(Messages.get("menu.help"), null, menuItem("menu.help.about", null, about));
        MenuBar bar = new MenuBar(file, editMenu, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /// System / Light / Dark, bound both ways to the app's appearance.
    private static Menu themeMenu() {
        Appearance appearance = Appearance.shared();
        Menu menu = new Menu(Messages.get("menu.view.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.label(theme));
            item.setId("theme" + theme.name());
            item.setToggleGroup(group);
            item.setSelected(appearance.themeProperty().get() == theme);
            item.setOnAction(e -> appearance.themeProperty().set(theme));
            menu.getItems().add(item);
        }
        appearance.themeProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> ((RadioMenuItem) t).getId().equals("theme" + now.name()))
                .findFirst().ifPresent(t -> t.setSelected(true)));
        return menu;
    }

    /// A menu item with its text from the bundle, a mnemonic and an optional accelerator.
    public static MenuItem menuItem(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /// The search box sits beside the tool bar rather than in it: at a small window size a tool bar moves what
    /// does not fit into its overflow menu, where Ctrl+F could not reach the box. Buttons overflow instead.
    private HBox toolBarWithSearch() {
        ToolBar bar = toolBar();
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.setMinWidth(0);
        HBox.setMargin(search, new Insets(0, 6, 0, 0));
        search.setMinWidth(search.prefWidth(-1) * 0.6);
        HBox row = new HBox(bar, search);
        row.setAlignment(Pos.CENTER_LEFT);
        // looks like one tool bar: the row is drawn as a tool bar, the bar inside it without a background
        row.getStyleClass().addAll("tool-bar", "register-tool-bar");
        return row;
    }

    private ToolBar toolBar() {
        Button newButton = button("newButton", "toolbar.new", this::newIntegration);
        newButton.disableProperty().bind(noEdit());
        Button edit = button("editButton", "toolbar.edit", this::editSelected);
        edit.disableProperty().bind(noSelection());
        Button retire = button("retireButton", "toolbar.retire", viewModel::retireSelected);
        retire.disableProperty().bind(noLiveSelection().or(viewModel.mayEditProperty().not()));
        classifyButton = button("classifyButton", "toolbar.classify", classify);
        classifyButton.disableProperty().bind(noLiveSelection().or(viewModel.mayClassifyProperty().not()));
        Button sample = button("sampleDataButton", "toolbar.sample", viewModel::loadSampleData);
        sample.disableProperty().bind(noEdit().or(viewModel.busyProperty()));
        Button peopleButton = button("peopleButton", "toolbar.people", people);
        peopleButton.disableProperty().bind(notLoaded());

        search.setId("searchField");
        search.setPromptText(Messages.get("toolbar.search.prompt"));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        toolBar = new ToolBar(newButton, edit, classifyButton, retire, new Separator(), peopleButton, sample);
        return toolBar;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        String tip = key + ".tooltip";
        if (Messages.bundle().containsKey(tip)) {
            button.setTooltip(new Tooltip(Messages.get(tip)));
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private TableView<IntegrationRow> buildTable() {
        table.setPlaceholder(placeholder());
        table.setRowFactory(tv -> {
            TableRow<IntegrationRow> row = new TableRow<>() {
                @Override
                protected void updateItem(IntegrationRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(RegisterStyles.RETIRED, !empty && item != null && item.integration().isRetired());
                    pseudoClassStateChanged(RegisterStyles.OWNER_LEFT, !empty && item != null && item.ownerOrSponsorLeft());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && row.getItem() != null) {
                    editors.open(row.getItem().integration());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editSelected();
                e.consume();
            }
        });
        return table;
    }

    /// While opening: a note. Empty register: the first-run greeting. Search hides everything: say so.
    private Parent placeholder() {
        Label loading = new Label(Messages.get("status.opening"));
        loading.visibleProperty().bind(notLoaded());
        Label noMatchText = new Label(Messages.get("register.noMatch"));
        noMatchText.getStyleClass().add(RegisterStyles.MUTED);
        Button clear = button("clearFiltersButton", "register.noMatch.clear", viewModel::clearFilters);
        VBox noMatch = new VBox(8, noMatchText, clear);
        noMatch.setAlignment(Pos.CENTER);
        noMatch.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.emptyProperty().not()));
        VBox greeting = FirstRunGreeting.create("register", this::newIntegration, importSpreadsheet, viewModel::loadSampleData);
        greeting.visibleProperty().bind(viewModel.emptyProperty());
        return new StackPane(loading, noMatch, greeting);
    }

    /// Adds "Controls & attestation" (Ctrl+T) to the tool bar and the Edit menu, enabled with a selection.
    /// Added after construction so the sign-in work can change the constructor without touching this.
    public void setAttestAction(Runnable attest) {
        Button button = button("attestButton", "toolbar.attest", attest);
        button.disableProperty().bind(noSelection());
        // after Classify: classifying is what makes controls apply
        toolBar.getItems().add(toolBar.getItems().indexOf(classifyButton) + 1, button);
        MenuItem item = menuItem("menu.edit.attest", "Shortcut+T", attest);
        item.disableProperty().bind(noSelection());
        editMenu.getItems().add(editMenu.getItems().indexOf(classifyItem) + 1, item);
    }

    private Runnable importSpreadsheet;

    /// Adds CSV import and export to the File menu and the greeting. Export writes the rows the table shows,
    /// after quick search and column filters.
    public void setTransferActions(Runnable importAction, Consumer<SearchQuery> exportAction) {
        MenuItem importItem = menuItem("menu.file.import", "Shortcut+I", importAction);
        importItem.disableProperty().bind(noEdit().or(viewModel.progress().runningProperty()));
        MenuItem exportItem = menuItem("menu.file.export", "Shortcut+Shift+E",
                () -> exportAction.accept(viewModel.queryProperty().get()));
        exportItem.disableProperty().bind(notLoaded().or(viewModel.progress().runningProperty()));
        importItem.setId("importMenuItem");
        exportItem.setId("exportMenuItem");
        fileMenu.getItems().addAll(2, java.util.List.of(new SeparatorMenuItem(), importItem, exportItem));
        setImportAction(importAction);
    }

    /// Offers "import a spreadsheet" on the first-run greeting; call before the table is first shown.
    public void setImportAction(Runnable action) {
        this.importSpreadsheet = action;
        table.setPlaceholder(placeholder());
    }

    /// The running import or export: what it does, a bar, and Cancel (also Esc while it runs).
    private HBox jobProgress() {
        HBox box = JobProgress.of(viewModel.progress(), "transfer");
        box.getChildren().stream().filter(n -> n instanceof Button).forEach(b -> ((Button) b).setCancelButton(true));
        return box;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(viewModel.statusProperty());
        Label user = new Label();
        user.setId("userLabel");
        user.textProperty().bind(viewModel.signedInProperty());
        Label location = new Label();
        location.setId("databaseLabel");
        location.getStyleClass().add(RegisterStyles.MUTED);
        location.textProperty().bind(viewModel.databaseLocationProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("busyIndicator");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, status, spacer, jobProgress(), user, location, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add(RegisterStyles.STATUS_BAR);
        return bar;
    }
}
