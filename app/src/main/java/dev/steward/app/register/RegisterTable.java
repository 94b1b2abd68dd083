package dev.steward.app.register;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.storage.SearchQuery;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/// The register's table wired to its view model: rows paged from the database, header clicks that sort in SQL,
/// column filters (right-click a header, or View ▸ Filter) that filter in SQL, and selection kept by index.
final class RegisterTable {
    private final RegisterViewModel viewModel;
    private final TableView<IntegrationRow> table = new TableView<>();
    private final Map<TableColumn<IntegrationRow, ?>, SearchQuery.Sort> sortKeys = new LinkedHashMap<>();
    private final List<Menu> filterMenus = new ArrayList<>();
    private boolean syncing;

    RegisterTable(RegisterViewModel viewModel) {
        this.viewModel = viewModel;
        table.setId("registerTable");
        TableColumn<IntegrationRow, String> name = sorted(column("register.column.name", IntegrationRow::name, 220),
                SearchQuery.Sort.NAME);
        TableColumn<IntegrationRow, String> kind = sorted(column("register.column.kind", IntegrationRow::kind, 170),
                SearchQuery.Sort.KIND);
        TableColumn<IntegrationRow, String> status = sorted(column("register.column.status", IntegrationRow::status, 130),
                SearchQuery.Sort.STATUS);
        TableColumn<IntegrationRow, String> verdict = column("register.column.verdict", IntegrationRow::verdict, 150);
        TableColumn<IntegrationRow, String> tier = column("register.column.tier", IntegrationRow::riskTier, 90);
        table.getColumns().addAll(List.of(name, kind, status, verdict, tier,
                sorted(column("register.column.vendor", IntegrationRow::vendor, 130), SearchQuery.Sort.VENDOR),
                column("register.column.sponsor", IntegrationRow::sponsor, 170),
                column("register.column.owner", IntegrationRow::technicalOwner, 170),
                column("register.column.environments", IntegrationRow::environments, 150),
                column("register.column.access", IntegrationRow::highestAccess, 90),
                sorted(column("register.column.nextReview", IntegrationRow::nextReview, 100),
                        SearchQuery.Sort.NEXT_REVIEW)));
        filter(kind, "register.column.kind", IntegrationKind.class, SearchQuery::kinds, viewModel::filterKinds);
        filter(status, "register.column.status", LifecycleStatus.class, SearchQuery::statuses, viewModel::filterStatuses);
        filter(verdict, "register.column.verdict", NhiVerdict.class, SearchQuery::verdicts, viewModel::filterVerdicts);
        filter(tier, "register.column.tier", RiskTier.class, SearchQuery::tiers, viewModel::filterTiers);

        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setItems(viewModel.visibleRows());
        table.getSortOrder().add(name);
        table.setSortPolicy(t -> {
            sortChanged();
            return true;
        });
        viewModel.queryProperty().addListener((obs, old, query) -> showSort(query));
        followSelection();
        // rows whose block arrived, or whose record was saved, are drawn again
        viewModel.rowsRevisionProperty().addListener((obs, old, now) -> table.refresh());
    }

    TableView<IntegrationRow> table() {
        return table;
    }

    /// View ▸ Filter: one submenu per filtered column, the same choices as the header's context menu.
    List<Menu> filterMenus() {
        return filterMenus;
    }

    // ---- sort ------------------------------------------------------------------------------------------------

    private void sortChanged() {
        if (syncing) {
            return;
        }
        TableColumn<IntegrationRow, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().getFirst();
        SearchQuery.Sort sort = first == null ? SearchQuery.Sort.NAME : sortKeys.getOrDefault(first, SearchQuery.Sort.NAME);
        boolean ascending = first == null || first.getSortType() == TableColumn.SortType.ASCENDING;
        viewModel.sortBy(sort, ascending);
    }

    /// The header arrow follows the query, e.g. when filters are cleared elsewhere.
    private void showSort(SearchQuery query) {
        syncing = true;
        try {
            sortKeys.forEach((column, sort) -> {
                if (sort == query.sort()) {
                    column.setSortType(query.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                    if (table.getSortOrder().size() != 1 || table.getSortOrder().getFirst() != column) {
                        table.getSortOrder().setAll(List.of(column));
                    }
                }
            });
        } finally {
            syncing = false;
        }
    }

    // ---- selection -------------------------------------------------------------------------------------------

    /// By index both ways: the table reports what the user picks, and follows what the view model selects
    /// (after a save or a new search, the same record wherever it now stands).
    private void followSelection() {
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!syncing) {
                viewModel.selectIndex(index.intValue());
            }
        });
        viewModel.selectedIndexProperty().addListener((obs, old, index) -> {
            int wanted = index.intValue();
            if (table.getSelectionModel().getSelectedIndex() == wanted) {
                return;
            }
            syncing = true;
            try {
                if (wanted < 0) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().clearAndSelect(wanted);
                    table.scrollTo(Math.max(0, wanted - 3));
                }
            } finally {
                syncing = false;
            }
        });
    }

    // ---- filters ---------------------------------------------------------------------------------------------

    /// A filter on `column` over every value of `type`: the header's context menu and a View ▸ Filter submenu,
    /// both ticked from the query, and the header says how many values are chosen.
    private <E extends Enum<E>> void filter(TableColumn<IntegrationRow, String> column, String key, Class<E> type,
                                            Function<SearchQuery, Set<E>> chosen, Consumer<Set<E>> apply) {
        String title = Messages.get(key);
        Menu menu = new Menu(title);
        menu.setId(column.getId() + "FilterMenu");
        ContextMenu context = new ContextMenu();
        context.setId(column.getId() + "Filter");
        menu.getItems().setAll(filterItems(type, chosen, apply));
        context.getItems().setAll(filterItems(type, chosen, apply));
        column.setContextMenu(context);
        filterMenus.add(menu);
        viewModel.queryProperty().addListener((obs, old, query) -> {
            int count = chosen.apply(query).size();
            column.setText(count == 0 ? title : Messages.format("register.column.filtered", title, count));
        });
    }

    private <E extends Enum<E>> List<MenuItem> filterItems(Class<E> type, Function<SearchQuery, Set<E>> chosen,
                                                           Consumer<Set<E>> apply) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem all = new MenuItem(Messages.get("register.filter.all"));
        all.setOnAction(e -> apply.accept(Set.of()));
        items.add(all);
        items.add(new SeparatorMenuItem());
        List<CheckMenuItem> checks = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            CheckMenuItem check = new CheckMenuItem(Messages.label(value));
            check.setId("filter" + value.name());
            check.setSelected(chosen.apply(viewModel.queryProperty().get()).contains(value));
            check.setOnAction(e -> {
                Set<E> now = EnumSet.noneOf(type);
                now.addAll(chosen.apply(viewModel.queryProperty().get()));
                if (check.isSelected()) {
                    now.add(value);
                } else {
                    now.remove(value);
                }
                apply.accept(now);
            });
            checks.add(check);
        }
        viewModel.queryProperty().addListener((obs, old, query) -> {
            Set<E> now = chosen.apply(query);
            for (int i = 0; i < checks.size(); i++) {
                checks.get(i).setSelected(now.contains(type.getEnumConstants()[i]));
            }
        });
        items.addAll(checks);
        return items;
    }

    // ---- columns ---------------------------------------------------------------------------------------------

    private TableColumn<IntegrationRow, String> sorted(TableColumn<IntegrationRow, String> column, SearchQuery.Sort sort) {
        sortKeys.put(column, sort);
        column.setSortable(true);
        return column;
    }

    /// Text columns; a row whose block has not arrived yet shows blank cells. Only columns with an index behind
    /// them sort (see {@link SearchQuery.Sort}); the others keep their header still.
    private static TableColumn<IntegrationRow, String> column(String key, Function<IntegrationRow, String> value,
                                                              double width) {
        TableColumn<IntegrationRow, String> column = TextColumns.of(key, "Column",
                row -> row == null ? "" : value.apply(row), width);
        column.setSortable(false);
        return column;
    }
}
