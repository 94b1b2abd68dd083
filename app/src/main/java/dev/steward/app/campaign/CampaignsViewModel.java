package dev.steward.app.campaign;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.export.campaign.CampaignReportFiles;
import dev.steward.app.i18n.Messages;
import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignProgress;
import dev.steward.model.campaign.Decision;
import dev.steward.model.campaign.SignedCampaignReport;
import dev.steward.model.register.Person;
import dev.steward.service.RegisterServices;
import dev.steward.service.campaign.CampaignClosed;
import dev.steward.service.campaign.CampaignItemView;
import dev.steward.service.campaign.CampaignOverview;
import dev.steward.service.campaign.DecisionOutcome;
import dev.steward.storage.StoredSuccession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/// The Campaigns tab: the campaigns, the selected one's items, progress and burn-down, the revocation and
/// succession work they leave, and the commands on them. Reads run off the UI thread; the dialogs run the
/// writes themselves through the blocking commands here (they stay open showing a refusal).
public final class CampaignsViewModel {
    private final Supplier<RegisterServices> services;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final LongConsumer openIntegration;
    private final Runnable registerChanged;
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> selected = new SimpleObjectProperty<>();
    private final ObservableList<CampaignItemView> items = FXCollections.observableArrayList();
    private final ObservableList<CampaignProgress.Point> burnDown = FXCollections.observableArrayList();
    private final ObservableList<StoredSuccession> successions = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<CampaignItemView> mine = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closable = new ReadOnlyBooleanWrapper(false);
    private long reads;

    /// @param openIntegration opens an integration in the editor (after a modify decision)
    /// @param registerChanged told after a write that changed integrations (a suspension, a hand-over)
    public CampaignsViewModel(Supplier<RegisterServices> services, UiExecutor executor, DialogService dialogs,
                              LongConsumer openIntegration, Runnable registerChanged) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.openIntegration = openIntegration;
        this.registerChanged = registerChanged;
        selected.addListener((obs, old, now) -> readSelected());
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> selectedProperty() {
        return selected;
    }

    public ObservableList<CampaignItemView> items() {
        return items;
    }

    public ObservableList<CampaignProgress.Point> burnDown() {
        return burnDown;
    }

    public ObservableList<StoredSuccession> successions() {
        return successions;
    }

    public ObservableList<Person> people() {
        return people;
    }

    /// The signed-in account's pending campaign items, for the top of the review queue.
    public ObservableList<CampaignItemView> mine() {
        return mine;
    }

    /// "3 of 7 decided: 2 certified, 1 revoked, 0 to modify; overdue, 4 pending".
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /// What the last command did, for the status line.
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// True while the selected campaign is open and every item is decided.
    public ReadOnlyBooleanProperty closableProperty() {
        return closable.getReadOnlyProperty();
    }

    public UiExecutor executor() {
        return executor;
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /// Reads the campaigns, the people and the pending successions, keeping the selection.
    public void refresh() {
        RegisterServices open = services.get();
        if (open == null) {
            return;
        }
        long asked = ++reads;
        Long keep = selected.get() == null ? null : selected.get().id();
        Tasks.run(() -> new Lists(open.campaigns().campaigns(), open.register().people(), open.successions().pending()))
                .onSuccess(lists -> {
                    if (asked != reads) {
                        return;
                    }
                    campaigns.setAll(lists.campaigns());
                    people.setAll(lists.people());
                    successions.setAll(lists.successions());
                    Campaign again = keep == null ? null
                            : lists.campaigns().stream().filter(c -> c.id() == keep).findFirst().orElse(null);
                    if (again == null && !lists.campaigns().isEmpty()) {
                        again = lists.campaigns().getFirst();
                    }
                    if (again != null && again.equals(selected.get())) {
                        readSelected();
                    } else {
                        selected.set(again);
                    }
                })
                .onFailure(e -> dialogs.showFailure(Messages.get("campaign.error.title"), e))
                .on(executor);
    }

    /// Reads the pending items `user` holds: as the person of the same name (a decider or the backup owner an
    /// item escalated to), or as the manager of a campaign whose item escalated to them.
    public void refreshMine(dev.steward.model.access.User user) {
        RegisterServices open = services.get();
        if (open == null || user == null) {
            mine.clear();
            return;
        }
        Tasks.run(() -> open.campaigns().openItems().stream().filter(i -> holds(user, i)).toList())
                .onSuccess(mine::setAll)
                .onFailure(e -> dialogs.showFailure(Messages.get("campaign.error.title"), e))
                .on(executor);
    }

    static boolean holds(dev.steward.model.access.User user, CampaignItemView item) {
        if (item.holder() == null) {
            return false;
        }
        return item.holder().personId() == null ? user.username().equals(item.holder().manager())
                : item.holderName().equalsIgnoreCase(user.displayName().strip());
    }

    /// Creates a campaign; blocks (the create dialog calls it off the UI thread).
    public Campaign create(Campaign draft) {
        return services.get().campaigns().create(draft);
    }

    /// The create dialog stored `campaign`: show it.
    public void created(Campaign campaign) {
        status.set(Messages.format("campaign.status.created", campaign.name()));
        selected.set(null);
        selected.set(campaign);
        refresh();
    }

    /// Decides an item; blocks (the decision dialog calls it off the UI thread).
    public DecisionOutcome decide(CampaignItemView item, Decision decision, String justification) {
        return services.get().campaigns().decide(item.item().id(), decision, justification);
    }

    /// The decision dialog stored `outcome`: a modify opens the editor on the integration.
    public void decided(DecisionOutcome outcome) {
        status.set(Messages.format("campaign.status.decided", outcome.item().integrationName(),
                Messages.label(outcome.item().decision())));
        registerChanged.run();
        refresh();
        mine.removeIf(i -> i.item().id() == outcome.item().id());
        if (outcome.item().decision() == Decision.MODIFY) {
            openIntegration.accept(outcome.item().integrationId());
        }
    }

    /// Closes the selected campaign and signs its report; blocks (the sign dialog calls it off the UI thread).
    public CampaignClosed close(char[] passphrase) {
        return services.get().campaigns().close(selected.get().id(), passphrase);
    }

    /// The campaign closed: offer to save its report's files.
    public void closed(CampaignClosed closed) {
        status.set(Messages.format("campaign.status.closed", closed.campaign().name())
                + closed.next().map(n -> " " + Messages.format("campaign.status.next", n.due())).orElse(""));
        refresh();
        saveReport(closed.report());
    }

    /// Saves the selected closed campaign's signed report (JSON, CSV and PDF beside each other).
    public void exportReport() {
        Campaign campaign = selected.get();
        RegisterServices open = services.get();
        if (campaign == null || open == null) {
            return;
        }
        Tasks.run(() -> open.campaigns().report(campaign.id()))
                .onSuccess(found -> found.ifPresent(this::saveReport))
                .onFailure(e -> dialogs.showFailure(Messages.get("campaign.error.title"), e))
                .on(executor);
    }

    /// Confirms a succession proposal as proposed; blocks.
    public void confirm(StoredSuccession succession) {
        RegisterServices open = services.get();
        if (open == null || succession == null) {
            return;
        }
        Tasks.run(() -> open.successions().confirm(succession.id(), null))
                .onSuccess(saved -> {
                    status.set(Messages.format("campaign.status.succession", saved.name()));
                    registerChanged.run();
                    refresh();
                })
                .onFailure(e -> dialogs.showFailure(Messages.get("campaign.error.title"), e))
                .on(executor);
    }

    private void saveReport(SignedCampaignReport report) {
        Optional<Path> base = dialogs.chooseFileToSave(Messages.get("campaign.report.save"),
                CampaignReportFiles.baseName(report.report().campaignId(), report.report().name()) + ".json",
                List.of(new FileKind(Messages.get("campaign.report.kind"), List.of("*.json"))))
                .map(dev.steward.app.dialog.SaveTarget::path);
        base.ifPresent(path -> Tasks.run(() -> CampaignReportFiles.write(report, path))
                .onSuccess(files -> status.set(Messages.format("campaign.status.saved", files.getFirst().getParent(),
                        files.stream().map(f -> f.getFileName().toString()).toList())))
                .onFailure(e -> dialogs.showFailure(Messages.get("campaign.error.title"), e))
                .on(executor));
    }

    private void readSelected() {
        Campaign campaign = selected.get();
        RegisterServices open = services.get();
        if (campaign == null || open == null) {
            items.clear();
            burnDown.clear();
            progress.set("");
            closable.set(false);
            return;
        }
        Tasks.run(() -> open.campaigns().overview(campaign.id()))
                .onSuccess(this::show)
                .onFailure(e -> dialogs.showFailure(Messages.get("campaign.error.title"), e))
                .on(executor);
    }

    private void show(CampaignOverview overview) {
        if (selected.get() == null || selected.get().id() != overview.campaign().id()) {
            return;
        }
        items.setAll(overview.items());
        burnDown.setAll(overview.progress().burnDown());
        CampaignProgress p = overview.progress();
        progress.set(Messages.format("campaign.progress", p.total() - p.pending(), p.total(), p.decided(Decision.CERTIFY),
                p.decided(Decision.REVOKE), p.decided(Decision.MODIFY))
                + (p.overdue() ? " " + Messages.format("campaign.progress.overdue", p.pending(),
                overview.escalated().size()) : ""));
        closable.set(overview.campaign().isOpen() && p.isComplete() && p.total() > 0);
    }

    private record Lists(List<Campaign> campaigns, List<Person> people, List<StoredSuccession> successions) {
    }
}
