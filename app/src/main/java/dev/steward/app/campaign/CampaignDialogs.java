package dev.steward.app.campaign;

import dev.steward.app.dialog.FormDialog;
import dev.steward.app.i18n.Messages;
import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignScope;
import dev.steward.model.campaign.DeciderRule;
import dev.steward.model.campaign.Decision;
import dev.steward.model.campaign.Recurrence;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.service.campaign.CampaignClosed;
import dev.steward.service.campaign.CampaignItemView;
import dev.steward.service.campaign.DecisionOutcome;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.Callback;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/// The Campaigns tab's dialogs, each a typed {@link FormDialog} whose OK is enabled by one binding and which
/// runs its write off the UI thread, staying open with the refusal (a secret in a justification, a wrong
/// passphrase) until it succeeds.
public final class CampaignDialogs {
    private final Supplier<Window> owner;

    public CampaignDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /// New campaign: name, due date, recurrence, who decides (with a fallback) and the scope.
    public Optional<Campaign> create(CampaignsViewModel vm) {
        FormDialog<Campaign> dialog = new FormDialog<>(owner.get(), Messages.get("campaign.create.title"));
        TextField name = dialog.named("name", dialog.row("campaign.create.name", id(new TextField(), "campaignNameField")));
        DatePicker due = dialog.named("due", dialog.row("campaign.create.due",
                id(new DatePicker(LocalDate.now().plusDays(30)), "campaignDueField")));
        ComboBox<Recurrence> recurrence = dialog.row("campaign.create.recurrence",
                choice("campaignRecurrenceChoice", List.of(Recurrence.values()), Recurrence.NONE, Messages::label));
        ComboBox<DeciderRule> rule = dialog.row("campaign.create.decider",
                choice("campaignDeciderChoice", List.of(DeciderRule.values()), DeciderRule.SPONSOR, Messages::label));
        ComboBox<Person> reviewer = dialog.named("namedReviewerId", dialog.row("campaign.create.reviewer",
                people("campaignReviewerChoice", vm.people())));
        reviewer.disableProperty().bind(rule.valueProperty().isNotEqualTo(DeciderRule.NAMED_REVIEWER));
        ComboBox<Person> fallback = dialog.named("fallbackReviewerId", dialog.row("campaign.create.fallback",
                people("campaignFallbackChoice", vm.people())));
        List<CheckBox> tiers = Arrays.stream(RiskTier.values()).map(t -> {
            CheckBox box = new CheckBox(Messages.label(t));
            box.setId("campaignTier" + t.name());
            box.setUserData(t);
            return box;
        }).toList();
        dialog.row("campaign.create.tiers", new HBox(8, tiers.toArray(CheckBox[]::new)));
        ComboBox<IntegrationKind> kind = dialog.row("campaign.create.kind",
                choice("campaignKindChoice", withAny(IntegrationKind.values()), null, CampaignDialogs::anyLabel));
        ComboBox<LifecycleStatus> status = dialog.row("campaign.create.status",
                choice("campaignStatusChoice", withAny(LifecycleStatus.values()), null, CampaignDialogs::anyLabel));
        ComboBox<DeploymentEnvironment> environment = dialog.row("campaign.create.environment",
                choice("campaignEnvironmentChoice", withAny(DeploymentEnvironment.values()), null, CampaignDialogs::anyLabel));
        TextField vendor = dialog.named("scope.vendors", dialog.row("campaign.create.vendor",
                id(new TextField(), "campaignVendorField")));
        TextField search = dialog.named("scope.searchText", dialog.row("campaign.create.search",
                id(new TextField(), "campaignSearchField")));
        dialog.note(new Label(Messages.get("campaign.create.note")));
        var valid = Bindings.createBooleanBinding(() -> !name.getText().isBlank() && due.getValue() != null
                        && (rule.getValue() != DeciderRule.NAMED_REVIEWER || reviewer.getValue() != null),
                name.textProperty(), due.valueProperty(), rule.valueProperty(), reviewer.valueProperty());
        return dialog.submit(valid, vm.executor(), () -> {
            Set<RiskTier> chosen = EnumSet.noneOf(RiskTier.class);
            tiers.stream().filter(CheckBox::isSelected).forEach(b -> chosen.add((RiskTier) b.getUserData()));
            CampaignScope scope = new CampaignScope(chosen, only(kind.getValue()), only(status.getValue()),
                    vendor.getText().isBlank() ? Set.of() : Set.of(vendor.getText().strip()), only(environment.getValue()),
                    search.getText());
            Campaign draft = Campaign.draft(name.getText().strip(), scope, due.getValue(), recurrence.getValue(),
                    rule.getValue(), rule.getValue() == DeciderRule.NAMED_REVIEWER ? idOf(reviewer.getValue()) : null,
                    idOf(fallback.getValue()), "");
            return () -> vm.create(draft);
        }).showAndWait();
    }

    /// Certify, revoke or modify one item, with the justification every decision needs.
    public Optional<DecisionOutcome> decide(CampaignsViewModel vm, CampaignItemView item) {
        FormDialog<DecisionOutcome> dialog = new FormDialog<>(owner.get(),
                Messages.format("campaign.decide.title", item.item().integrationName()));
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(12);
        for (Decision d : Decision.values()) {
            RadioButton button = new RadioButton(Messages.label(d));
            button.setId("decision" + d.name());
            button.setUserData(d);
            button.setToggleGroup(group);
            choices.getChildren().add(button);
        }
        dialog.row("campaign.decide.decision", choices);
        TextArea justification = dialog.named("justification", dialog.row("campaign.decide.justification",
                id(new TextArea(), "campaignJustificationField")));
        justification.setPrefRowCount(4);
        justification.setWrapText(true);
        dialog.note(new Label(Messages.get("campaign.decide.note")));
        var valid = Bindings.createBooleanBinding(() -> group.getSelectedToggle() != null
                && !justification.getText().isBlank(), group.selectedToggleProperty(), justification.textProperty());
        return dialog.submit(valid, vm.executor(), () -> {
            Decision decision = (Decision) group.getSelectedToggle().getUserData();
            String why = justification.getText();
            return () -> vm.decide(item, decision, why);
        }).showAndWait();
    }

    /// Close the campaign and sign its report with the manager's key.
    public Optional<CampaignClosed> close(CampaignsViewModel vm) {
        FormDialog<CampaignClosed> dialog = new FormDialog<>(owner.get(), Messages.format("campaign.close.title",
                vm.selectedProperty().get().name()));
        dialog.note(new Label(Messages.get("campaign.close.note")));
        PasswordField passphrase = dialog.named("signingKey", dialog.row("campaign.close.passphrase",
                id(new PasswordField(), "campaignPassphraseField")));
        return dialog.submit(passphrase.textProperty().isNotEmpty(), vm.executor(), () -> {
            char[] typed = passphrase.getText().toCharArray();
            return () -> {
                try {
                    return vm.close(typed);
                } finally {
                    Arrays.fill(typed, '\0');
                }
            };
        }).showAndWait();
    }

    private static <N extends javafx.scene.Node> N id(N node, String id) {
        node.setId(id);
        return node;
    }

    private static <T> ComboBox<T> choice(String id, List<T> values, T selected, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(selected);
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> cells = lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static ComboBox<Person> people(String id, ObservableList<Person> people) {
        List<Person> choices = new java.util.ArrayList<>();
        choices.add(null);
        people.stream().filter(p -> !p.hasLeft()).forEach(choices::add);
        return choice(id, choices, null, p -> p == null ? Messages.get("campaign.create.nobody") : p.displayName());
    }

    @SafeVarargs
    private static <E> List<E> withAny(E... values) {
        List<E> all = new java.util.ArrayList<>();
        all.add(null);
        all.addAll(Arrays.asList(values));
        return all;
    }

    private static String anyLabel(Enum<?> value) {
        return value == null ? Messages.get("campaign.create.any") : Messages.label(value);
    }

    private static <E> Set<E> only(E value) {
        return value == null ? Set.of() : Set.of(value);
    }

    private static Long idOf(Person person) {
        return person == null ? null : person.id();
    }
}
