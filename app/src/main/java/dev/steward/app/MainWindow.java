package dev.steward.app;

import dev.steward.app.runtime.Version;
import dev.steward.app.attest.AttestContext;
import dev.steward.app.attest.AttestationWindow;
import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.dialog.FxDialogService;
import dev.steward.app.editor.EditorContext;
import dev.steward.app.editor.IntegrationEditorWindow;
import dev.steward.app.i18n.Messages;
import dev.steward.app.people.PeopleViewModel;
import dev.steward.app.people.PeopleWindow;
import dev.steward.app.classify.ClassificationWizardViewModel;
import dev.steward.app.classify.ClassificationWizardWindow;
import dev.steward.app.register.IntegrationRow;
import dev.steward.app.register.RegisterView;
import dev.steward.app.register.RegisterViewModel;
import dev.steward.app.scene.SceneFactory;
import dev.steward.app.scene.UserPreferences;
import dev.steward.app.scene.WindowPlacement;
import dev.steward.app.session.Permissions;
import dev.steward.app.session.Session;
import dev.steward.app.session.SignInSettings;
import dev.steward.app.team.ConnectDialog;
import dev.steward.app.team.ConnectViewModel;
import dev.steward.app.team.LiveRefresh;
import dev.steward.app.team.RememberedConnection;
import dev.steward.app.team.TeamOpening;
import dev.steward.app.team.TeamSignInDialog;
import dev.steward.storage.TeamAddress;
import dev.steward.app.users.AccountDialogs;
import dev.steward.app.users.UsersViewModel;
import dev.steward.app.users.UsersWindow;
import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.service.access.Actor;
import dev.steward.service.users.UserService;
import dev.steward.model.register.Integration;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.RegisterServices;
import dev.steward.storage.DatabaseOpenException;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.audit.CheckpointService;
import dev.steward.service.RegisterServices;
import dev.steward.storage.DatabaseOpenException;
import dev.steward.app.dialog.PassphraseDialog;
import dev.steward.service.settings.SettingsService;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.StoredClassification;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Questionnaire;
import dev.steward.app.campaign.CampaignDialogs;
import dev.steward.app.campaign.CampaignsView;
import dev.steward.app.campaign.CampaignsViewModel;
import dev.steward.app.campaign.MyCampaignItemsView;
import dev.steward.app.dashboard.DashboardView;
import dev.steward.app.transfer.TransferViewModel;
import dev.steward.model.attestation.QueueCategory;
import dev.steward.app.queue.QueueRow;
import dev.steward.app.queue.ReviewQueueView;
import dev.steward.app.queue.ReviewQueueViewModel;
import dev.steward.app.dashboard.DashboardViewModel;
import dev.steward.app.register.FirstRunGreeting;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import dev.steward.app.discover.DiscoveredView;
import dev.steward.app.discover.DiscoveredViewModel;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/// Wires the main window: shows it at once, then opens the database in the background, then signs someone in.
///
/// Sign-in comes before the register loads: on a fresh database the first administrator is created, then
/// the sign-in dialog asks for a username and password. Cancelling either leaves the window open but signed
/// out, which is read-only (every write is disabled here and refused by the services); File > Sign out /
/// switch user signs in later. Quitting from a dialog was the alternative, but a read-only look at the
/// register is harmless and spares a restart after a mistyped Esc.
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private final Stage stage;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final RegisterViewModel viewModel;
    private final RegisterView view;
    private final SignInSettings signIn;
    private final Session session = new Session();
    // services ask who acts on their worker threads: they read the session's thread-safe copy, never the FX property
    private final Actor actor = Actor.signedIn(session::current);
    private final DashboardViewModel dashboard;
    private final TransferViewModel transfer;
    private final ReviewQueueViewModel queue;
    private final DiscoveredViewModel discovered;
    private final CampaignsViewModel campaigns;
    /// The open register's services, built once when it opens; `null` until then and after closing.
    private volatile RegisterServices services;
    /// While a team register is open: refreshes the window when others commit.
    private LiveRefresh liveRefresh;

    private MainWindow(Stage stage, Path databaseFile, UiExecutor executor, SignInSettings signIn,
                       Function<DialogService, DialogService> dialogDecorator) {
        this.stage = stage;
        this.executor = executor;
        this.signIn = signIn;
        this.dialogs = dialogDecorator.apply(new FxDialogService(() -> stage));
        this.viewModel = new RegisterViewModel(executor, dialogs);
        // the database opens on a worker while the window is built here; what it finds is handled on the UI
        // thread, so after this constructor has returned
        openDatabase(databaseFile);
        this.view = new RegisterView(viewModel, this::openEditor, this::openPeople, this::openClassifier, stage::close, this::showAbout);
        this.dashboard = new DashboardViewModel(Clock.systemDefaultZone(), this::openIntegration, executor,
                this::readFailed);
        this.transfer = new TransferViewModel(viewModel, () -> services, executor, dialogs, viewModel.progress());
        view.setTransferActions(transfer::importCsv, transfer::exportCsv);
        MenuItem attestationsCsv = RegisterView.menuItem("menu.file.exportAttestations", null,
                transfer::exportAttestationsCsv);
        attestationsCsv.setId("exportAttestationsMenuItem");
        attestationsCsv.disableProperty().bind(viewModel.loadedProperty().not().or(viewModel.progress().runningProperty()));
        view.addFileItems(attestationsCsv);
        addTeamConnect();
        addAccountActions();
        view.setAttestAction(this::openAttestation);
        addDashboard();
        this.queue = new ReviewQueueViewModel(Clock.systemUTC(), this::openQueueRow, executor, this::readFailed);
        this.campaigns = new CampaignsViewModel(() -> services, executor, dialogs, this::openIntegration,
                viewModel::reload);
        addReviewQueue();
        this.discovered = addDiscovered();
        addCampaigns();
        stage.getScene().setRoot(view.root());
    }

    /// Shows the window and starts opening {@code databaseFile} in the background.
    public static MainWindow open(Stage stage, Path databaseFile, UiExecutor executor, SignInSettings signIn) {
        return open(stage, databaseFile, executor, signIn, Function.identity());
    }

    /// As {@link #open(Stage, Path, UiExecutor, SignInSettings)}, with the dialogs wrapped, so UI tests can
    /// answer native file choosers, which no robot can drive.
    public static MainWindow open(Stage stage, Path databaseFile, UiExecutor executor, SignInSettings signIn,
                                  Function<DialogService, DialogService> dialogDecorator) {
        // An empty window first, shown as fast as any JavaFX window; loading the controls' classes, styling and
        // laying out the full window take longer than showing it, and happen while the database opens.
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(SceneFactory.scene(new StackPane(), 1200, 720));
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        new WindowPlacement(UserPreferences.node(), "main").restoreAndTrack(stage);
        stage.show();
        return new MainWindow(stage, databaseFile, executor, signIn, dialogDecorator);
    }

    public RegisterViewModel viewModel() {
        return viewModel;
    }

    public RegisterView view() {
        return view;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    /// Who is signed in to this window.
    public Session session() {
        return session;
    }

    /// Closes the database; safe to call more than once.
    public void close() {
        if (liveRefresh != null) {
            liveRefresh.close();
            liveRefresh = null;
        }
        RegisterServices db = services;
        services = null;
        if (db != null) {
            try {
                db.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the database failed", e);
            }
        }
    }

    private void openDatabase(Path file) {
        openDatabase(file, null);
    }

    /// Opens the register; an encrypted one asks for its passphrase (again after a wrong one) and then retries.
    private void openDatabase(Path file, char[] passphrase) {
        if (RegisterServices.isTeam(file)) {
            openTeamRegister(file);
            return;
        }
        LOG.info("Opening database {}", file.toAbsolutePath());
        // everything here reads files: off the UI thread
        Tasks.run(() -> {
                    try {
                        RegisterServices opened = RegisterServices.open(file, passphrase, actor, Clock.systemUTC(),
                                signIn.security());
                        return new Opened(opened);
                    } finally {
                        if (passphrase != null) {
                            java.util.Arrays.fill(passphrase, '\0');
                        }
                    }
                })
                .onSuccess(opened -> {
                    services = opened.services();
                    if (signIn.automatic() != null) {
                        // tests and the smoke check: signed in (or not) before the register counts as loaded
                        signInThen(() -> loadFirstRows(opened));
                    } else {
                        // the first rows are read while the person types their password, and shown behind the dialog
                        loadFirstRows(opened);
                        signInThen(() -> { });
                    }
                })
                .onFailure(error -> {
                    if (error instanceof DatabaseOpenException e && (e.reason() == DatabaseOpenException.Reason.ENCRYPTED
                            || e.reason() == DatabaseOpenException.Reason.WRONG_PASSPHRASE && passphrase != null)) {
                        PassphraseDialog.ask(stage, e.location(), passphrase != null).ifPresentOrElse(
                                typed -> openDatabase(file, typed), () -> viewModel.databaseFailed(error));
                    } else {
                        viewModel.databaseFailed(error);
                    }
                })
                .on(executor);
    }

    /// A team register (`postgresql://…`): the person signs in as their own database login before it opens, and
    /// the window follows what others commit from then on.
    private void openTeamRegister(Path register) {
        TeamAddress address;
        try {
            address = TeamAddress.parse(register.toString());
        } catch (IllegalArgumentException e) {
            viewModel.databaseFailed(e);
            return;
        }
        LOG.info("Opening team register {}", address);
        TeamOpening.Asker asker = signIn.team() != null ? signIn.team()
                : (at, problem) -> TeamSignInDialog.ask(stage, at, System.getProperty("user.name", ""), problem);
        new TeamOpening(executor, actor, signIn.security(), asker).open(address, opened -> {
            services = opened.services();
            session.signIn(opened.account());
            liveRefresh = LiveRefresh.start(opened.services(), executor, viewModel::reload);
            loadFirstRows(new Opened(opened.services()));
        }, viewModel::databaseFailed, () -> viewModel.notOpened(Messages.get("team.signIn.cancelled")));
    }

    /// Reads the people and the first block of rows off the UI thread and shows them.
    private void loadFirstRows(Opened opened) {
        viewModel.announce(Messages.get("status.loading"));
        RegisterService register = opened.services().register();
        Tasks.run(() -> RegisterViewModel.firstLoad(register))
                .onSuccess(first -> viewModel.attach(register, opened.services().location().toString(), first))
                .onFailure(viewModel::databaseFailed)
                .on(executor);
    }

    private record Opened(RegisterServices services) {
    }

    /// Signs someone in (or leaves the window signed out when they cancel), then runs `then`.
    private void signInThen(Runnable then) {
        UserService accounts = users();
        if (services != null && services.isTeam()) {
            // the server checked the login's password when the register opened: that login is who signs in
            Tasks.run(accounts::sessionAccount)
                    .onSuccess(session::signIn)
                    .onFailure(e -> dialogs.showFailure(Messages.get("account.signIn.title"), e))
                    .andFinally(then)
                    .on(executor);
            return;
        }
        if (signIn.automatic() != null) {
            Tasks.run(() -> Optional.ofNullable(signIn.automatic().apply(accounts)))
                    .onSuccess(user -> user.ifPresent(session::signIn))
                    .onFailure(e -> dialogs.showFailure(Messages.get("account.signIn.title"), e))
                    .andFinally(then)
                    .on(executor);
            return;
        }
        Tasks.run(accounts::needsFirstAdmin)
                .onSuccess(needsFirstAdmin -> {
                    AccountDialogs accountDialogs = new AccountDialogs(stage, executor, accounts);
                    Optional<User> admin = needsFirstAdmin ? accountDialogs.firstAdmin() : Optional.empty();
                    if (!needsFirstAdmin || admin.isPresent()) {
                        accountDialogs.signIn(admin.map(User::username).orElse(""), viewModel.statusProperty())
                                .ifPresent(session::signIn);
                    }
                })
                .onFailure(e -> dialogs.showFailure(Messages.get("account.signIn.title"), e))
                .andFinally(then)
                .on(executor);
    }

    /// File > Connect to team database…: the chosen team register opens in a window of its own, beside this
    /// one; the connection (never the password) is remembered and offered next time.
    private void addTeamConnect() {
        MenuItem connect = RegisterView.menuItem("menu.file.connectTeam", null, this::connectToTeam);
        connect.setId("connectTeamMenuItem");
        view.addFileItems(connect);
    }

    private void connectToTeam() {
        RememberedConnection remembered = new RememberedConnection(UserPreferences.node());
        new ConnectDialog(stage, new ConnectViewModel(remembered.last())).showAndWait().ifPresent(connection -> {
            remembered.remember(connection);
            Stage other = new Stage();
            TeamOpening.Asker asker = signIn.team() != null ? signIn.team()
                    : (at, problem) -> TeamSignInDialog.ask(other, at, connection.login(), problem);
            MainWindow team = MainWindow.open(other, Path.of(connection.address().toString()), executor,
                    new SignInSettings(signIn.security(), null, asker));
            other.setOnHidden(e -> team.close());
        });
    }

    /// File: sign out / switch user, own password, own signing key; View: users (administrators only).
    private void addAccountActions() {
        Permissions permissions = new Permissions(session);
        viewModel.bindPermissions(permissions);
        MenuItem switchUser = RegisterView.menuItem("menu.file.switchUser", "Shortcut+Shift+L", () -> {
            session.signOut();
            signInThen(() -> { });
        });
        switchUser.setId("switchUserMenuItem");
        switchUser.disableProperty().bind(viewModel.loadedProperty().not());
        MenuItem password = RegisterView.menuItem("menu.file.changePassword", null, this::changePassword);
        password.disableProperty().bind(session.userProperty().isNull());
        MenuItem signingKey = RegisterView.menuItem("menu.file.signingKey", null, this::createSigningKey);
        signingKey.setId("signingKeyMenuItem");
        signingKey.disableProperty().bind(permissions.allows(Permission.MANAGE_OWN_SIGNING_KEY).not());
        MenuItem account = RegisterView.menuItem("menu.file.account", null, this::showAccount);
        account.setId("accountMenuItem");
        account.disableProperty().bind(session.userProperty().isNull());
        MenuItem checkpoint = RegisterView.menuItem("menu.file.checkpoint", null, this::signCheckpoint);
        checkpoint.setId("checkpointMenuItem");
        checkpoint.disableProperty().bind(permissions.allows(Permission.MANAGE_OWN_SIGNING_KEY).not());
        view.addFileItems(new javafx.scene.control.SeparatorMenuItem(), switchUser, account, password, signingKey, checkpoint,
                new javafx.scene.control.SeparatorMenuItem());
        MenuItem usersItem = RegisterView.menuItem("menu.view.users", "Shortcut+Shift+U", this::openUsers);
        usersItem.setId("usersMenuItem");
        usersItem.disableProperty().bind(permissions.allows(Permission.MANAGE_USERS).not());
        MenuItem organisation = RegisterView.menuItem("menu.view.organisation", null, this::editOrganisationName);
        organisation.setId("organisationMenuItem");
        organisation.disableProperty().bind(permissions.allows(Permission.MANAGE_USERS).not());
        view.addViewItems(new javafx.scene.control.SeparatorMenuItem(), usersItem, organisation);
    }

    /// Administrators name the organisation that attestation reports carry.
    private void editOrganisationName() {
        RegisterServices open = services;
        if (open == null) {
            return;
        }
        SettingsService settings = open.settings();
        Tasks.run(settings::organisationName)
                .onSuccess(current -> {
                    javafx.scene.control.TextInputDialog input = new javafx.scene.control.TextInputDialog(current);
                    input.initOwner(stage);
                    input.setTitle(Messages.get("organisation.title"));
                    input.setHeaderText(Messages.get("organisation.header"));
                    input.getEditor().setId("organisationField");
                    input.showAndWait().ifPresent(name -> Tasks.run(() -> {
                                settings.setOrganisationName(name, current);
                                return name.strip();
                            })
                            .onSuccess(saved -> viewModel.announce(Messages.format("organisation.saved", saved)))
                            .onFailure(e -> dialogs.showFailure(Messages.get("organisation.title"), e))
                            .on(executor));
                })
                .onFailure(e -> dialogs.showFailure(Messages.get("organisation.title"), e))
                .on(executor);
    }


    /// Opens the users window for the signed-in administrator.
    public void openUsers() {
        UserService accounts = users();
        session.user().filter(u -> accounts != null).ifPresent(admin ->
                UsersWindow.open(stage, new UsersViewModel(accounts, admin, executor, dialogs,
                        session::accountChanged), executor));
    }

    private void changePassword() {
        if (services != null && services.isTeam()) {
            // the password is the database login's, checked by the server: Steward stores none to change
            dialogs.showInfo(Messages.get("account.changePassword.title"), Messages.get("account.changePassword.team"));
            return;
        }
        UserService accounts = users();
        session.user().filter(u -> accounts != null).ifPresent(user -> {
            if (new AccountDialogs(stage, executor, accounts).changePassword(user)) {
                viewModel.announce(Messages.get("status.passwordChanged"));
            }
        });
    }

    private void createSigningKey() {
        UserService accounts = users();
        session.user().filter(u -> accounts != null).ifPresent(user -> {
            AccountDialogs accountDialogs = new AccountDialogs(stage, executor, accounts);
            accountDialogs.createSigningKey(user).ifPresent(accountDialogs::showNewFingerprint);
        });
    }

    /// File > My account: who is signed in, their roles and their signing key's fingerprint.
    private void showAccount() {
        UserService accounts = users();
        session.user().filter(u -> accounts != null).ifPresent(user -> Tasks.run(() -> accounts.signingKeyFingerprint(user))
                .onSuccess(fingerprint -> new AccountDialogs(stage, executor, accounts).showAccount(user, fingerprint))
                .onFailure(this::readFailed)
                .on(executor));
    }

    private void signCheckpoint() {
        RegisterServices open = services;
        session.user().filter(u -> open != null).ifPresent(user ->
                new AccountDialogs(stage, executor, open.users()).signCheckpoint(user, open.checkpoints())
                        .ifPresent(c -> viewModel.announce(Messages.format("account.checkpoint.signed", c.describe()))));
    }

    /// The dashboard and the queue are built, and read from the database, only while someone looks at them: at
    /// start-up and on every register change they would otherwise cost time before the register shows its data.
    private void addDashboard() {
        Tab tab = new Tab(Messages.get("tab.dashboard"));
        tab.setId("dashboardTab");
        view.addTab(tab, "menu.view.dashboard", "Shortcut+2");
        Runnable refresh = whenShown(tab, () -> new DashboardView(dashboard, FirstRunGreeting.create("dashboard",
                () -> openEditor(null), transfer::importCsv, viewModel::loadSampleData)).root(), this::refreshDashboard);
        viewModel.registerRevisionProperty().addListener((obs, old, now) -> refresh.run());
    }

    private void addReviewQueue() {
        Tab tab = new Tab(Messages.get("tab.queue"));
        tab.setId("queueTab");
        view.addTab(tab, "menu.view.queue", "Shortcut+3");
        // campaign items the signed-in person holds come first (issue 19), above the attestation queue
        Runnable refresh = whenShown(tab, () -> new javafx.scene.layout.VBox(8,
                new MyCampaignItemsView(campaigns, new CampaignDialogs(() -> stage)).root(), new ReviewQueueView(queue).root()),
                () -> {
                    refreshQueue();
                    campaigns.refreshMine(session.current());
                });
        viewModel.registerRevisionProperty().addListener((obs, old, now) -> refresh.run());
    }

    /// The Discovered tab (issue 18) and File > Discover… / Discover in a folder…, which run discovery and show
    /// the tab. A finding is registered through the ordinary editor, opened on its pre-filled draft.
    private DiscoveredViewModel addDiscovered() {
        DiscoveredViewModel model = new DiscoveredViewModel(() -> services, executor, dialogs, viewModel.progress(),
                viewModel::announce, viewModel::reload, this::openDraft);
        Tab tab = new Tab(Messages.get("tab.discovered"));
        tab.setId("discoveredTab");
        view.addTab(tab, "menu.view.discovered", "Shortcut+4");
        whenShown(tab, () -> new DiscoveredView(model).root(), model::refresh);
        MenuItem files = RegisterView.menuItem("menu.file.discover", null, () -> {
            tab.getTabPane().getSelectionModel().select(tab);
            model.discoverFiles();
        });
        files.setId("discoverMenuItem");
        MenuItem folder = RegisterView.menuItem("menu.file.discoverFolder", null, () -> {
            tab.getTabPane().getSelectionModel().select(tab);
            model.discoverFolder();
        });
        folder.setId("discoverFolderMenuItem");
        for (MenuItem item : List.of(files, folder)) {
            item.disableProperty().bind(viewModel.loadedProperty().not().or(viewModel.progress().runningProperty())
                    .or(viewModel.mayEditProperty().not()));
        }
        view.addFileItems(files, folder);
        return model;
    }

    /// The editor on an unsaved draft (a discovered finding); the first save is reported to `onCreated`.
    private void openDraft(Integration draft, java.util.function.Consumer<Integration> onCreated) {
        RegisterService service = viewModel.serviceProperty().get();
        if (service == null) {
            return;
        }
        java.util.concurrent.atomic.AtomicBoolean created = new java.util.concurrent.atomic.AtomicBoolean();
        EditorContext context = new EditorContext(service, executor, dialogs, viewModel.people(), saved -> {
            viewModel.replaceOrAdd(saved);
            if (created.compareAndSet(false, true)) {
                onCreated.accept(saved);
            }
        }, viewModel::personSaved, viewModel.mayEditProperty());
        IntegrationEditorWindow.open(stage, context, draft);
    }

    public DiscoveredViewModel discovered() {
        return discovered;
    }

    /// Recertification campaigns and succession (issue 19): read, like the dashboard, only while shown.
    private void addCampaigns() {
        Tab tab = new Tab(Messages.get("tab.campaigns"));
        tab.setId("campaignsTab");
        view.addTab(tab, "menu.view.campaigns", "Shortcut+5");
        Permissions permissions = new Permissions(session);
        Runnable refresh = whenShown(tab, () -> new CampaignsView(campaigns, new CampaignDialogs(() -> stage),
                permissions.allows(Permission.MANAGE_CAMPAIGNS), permissions.allows(Permission.DECIDE_CAMPAIGN_ITEMS),
                permissions.allows(Permission.EDIT_INTEGRATIONS)).root(), campaigns::refresh);
        viewModel.registerRevisionProperty().addListener((obs, old, now) -> refresh.run());
        session.userProperty().addListener((obs, old, now) -> refresh.run());
    }

    public CampaignsViewModel campaigns() {
        return campaigns;
    }

    /// Builds the tab's content on its first selection; runs {@code update} on every selection, and while the
    /// tab is selected whenever the returned runnable is called.
    private static Runnable whenShown(Tab tab, Supplier<Node> content, Runnable update) {
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
            if (selected) {
                update.run();
            }
        });
        return () -> {
            if (tab.isSelected()) {
                update.run();
            }
        };
    }

    /// The open register's account service, or `null` while no register is open.
    private UserService users() {
        RegisterServices open = services;
        return open == null ? null : open.users();
    }

    /// The open register's services, or `null` while it opens; for tools and tests that work beside the window.
    public RegisterServices services() {
        return services;
    }

    public ReviewQueueViewModel queue() {
        return queue;
    }

    private void refreshDashboard() {
        RegisterService service = viewModel.serviceProperty().get();
        if (service != null) {
            dashboard.refresh(service);
        }
    }

    private void refreshQueue() {
        RegisterService service = viewModel.serviceProperty().get();
        if (service != null) {
            queue.refresh(service);
        }
    }

    /// A queue row opens its attestation: the one waiting for a manager at its sign-off (the Attestation tab).
    private void openQueueRow(QueueRow row) {
        RegisterService service = viewModel.serviceProperty().get();
        if (service == null) {
            return;
        }
        viewModel.reveal(row.integrationId());
        Tasks.run(() -> service.integration(row.integrationId()))
                .onSuccess(found -> found.flatMap(i -> openAttestation(i, session::requireUser)).ifPresent(w -> {
                    if (row.category() == QueueCategory.AWAITING_SIGNATURE) {
                        w.showSignOff();
                    }
                }))
                .onFailure(this::readFailed)
                .on(executor);
    }

    private void readFailed(Throwable error) {
        LOG.warn("Reading the register failed", error);
        dialogs.showFailure(Messages.get("error.generic.title"), error);
    }

    /// Drill-down from the dashboard or the queue: select the record in the register and open it.
    private void openIntegration(long id) {
        RegisterService service = viewModel.serviceProperty().get();
        if (service == null) {
            return;
        }
        view.showRegister();
        viewModel.reveal(id);
        Tasks.run(() -> service.integration(id))
                .onSuccess(found -> found.ifPresent(this::openEditor))
                .onFailure(this::readFailed)
                .on(executor);
    }

    private void openEditor(Integration existing) {
        RegisterService service = viewModel.serviceProperty().get();
        if (service == null) {
            return;
        }
        EditorContext context = new EditorContext(service, executor, dialogs, viewModel.people(),
                viewModel::replaceOrAdd, viewModel::personSaved, viewModel.mayEditProperty());
        IntegrationEditorWindow.open(stage, context, existing);
    }

    private void openPeople() {
        RegisterService service = viewModel.serviceProperty().get();
        if (service != null) {
            PeopleWindow.open(stage, new PeopleViewModel(service, executor, dialogs, viewModel.people(), viewModel::personSaved));
        }
    }

    /// Opens the wizard on the selected integration, starting from its latest answers if it was classified before.
    private void openClassifier() {
        RegisterService service = viewModel.serviceProperty().get();
        IntegrationRow row = viewModel.selectedProperty().get();
        if (service == null || row == null) {
            return;
        }
        Tasks.run(() -> service.latestClassification(row.id()).map(StoredClassification::answers).orElse(Answers.empty()))
                .onSuccess(previous -> ClassificationWizardWindow.open(stage, new ClassificationWizardViewModel(
                        Questionnaire.builtIn(), row.integration(), previous, service, executor, dialogs,
                        viewModel::classificationSaved)))
                .onFailure(e -> dialogs.showFailure(Messages.get("wizard.error.title"), e))
                .on(executor);
    }

    /// Opens "Controls & attestation" for the selected integration, acting as whoever is signed in.
    private void openAttestation() {
        IntegrationRow row = viewModel.selectedProperty().get();
        if (row != null) {
            openAttestation(row.integration(), session::requireUser);
        }
    }

    /// Opens "Controls & attestation" for `integration`; `user` is asked on every service call.
    ///
    /// @return the window, empty when no register is open
    public Optional<AttestationWindow> openAttestation(Integration integration, Supplier<User> user) {
        RegisterService service = viewModel.serviceProperty().get();
        RegisterServices open = services;
        if (service == null || open == null) {
            return Optional.empty();
        }
        AttestationService attestations = open.attestations();
        return Optional.of(AttestationWindow.open(stage, new AttestContext(attestations, service, executor, dialogs, user,
                session.userProperty(), integration, ControlCatalog.builtIn(), Clock.systemDefaultZone(),
                open.affirmations())));
    }

    private void showAbout() {
        dialogs.showInfo(Messages.get("about.title"), Messages.format("about.message", Version.current()));
    }
}
