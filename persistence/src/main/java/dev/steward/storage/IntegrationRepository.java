package dev.steward.storage;

import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.storage.jooq.tables.records.IntegrationRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.UpdateSetMoreStep;

import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.trim;

/// Reads and writes whole {@link Integration} aggregates: the row plus every child list, in order, and its
/// quick-search terms ({@link SearchTermIndex}).
/// Works on whatever {@link DSLContext} it is given, so the caller decides the transaction; writes must run
/// inside one, since a row and its children are written by several statements.
public final class IntegrationRepository {
    public static final String ENTITY = "Integration";

    private final DSLContext ctx;
    private final IntegrationChildRows children;
    private final SearchTermIndex terms;

    public IntegrationRepository(DSLContext ctx) {
        this.ctx = ctx;
        this.children = new IntegrationChildRows(ctx);
        this.terms = new SearchTermIndex(ctx);
    }

    /// Every integration, retired ones included, ordered by name ignoring case (then id). Rows of an import
    /// not yet published are left out ({@link ImportBatches.Hidden}).
    public List<Integration> findAll() {
        while (true) {
            ImportBatches.Hidden hidden = ImportBatches.Hidden.now(ctx);
            Result<IntegrationRecord> rows = ctx.selectFrom(INTEGRATION)
                    .where(hidden.visible(INTEGRATION.IMPORT_BATCH_ID))
                    .orderBy(lower(INTEGRATION.NAME), INTEGRATION.NAME, INTEGRATION.ID).fetch();
            if (hidden.isCurrent(ctx)) {
                Map<Long, IntegrationChildRows.Children> lists = children.loadAll(hidden);
                return rows.map(r -> toIntegration(r, lists.get(r.getId())));
            }
        }
    }

    /// The oldest live (not retired, published) integration with this name, ignoring case and surrounding
    /// spaces as names compare; one indexed lookup, so a caller matching many names need not read the register.
    public Optional<Integration> findLiveByName(String name) {
        Long id = ctx.select(INTEGRATION.ID).from(INTEGRATION)
                .where(INTEGRATION.NAME.eq(name.strip()))
                .and(INTEGRATION.STATUS.ne("RETIRED"))
                .and(ImportBatches.Hidden.now(ctx).visible(INTEGRATION.IMPORT_BATCH_ID))
                .orderBy(INTEGRATION.ID).limit(1).fetchOne(INTEGRATION.ID);
        return id == null ? Optional.empty() : find(id);
    }

    /// Integrations read per query by {@link #inBatches}.
    public static final int BATCH = 1_000;

    /// The integrations with these ids, in the order given, read {@link #BATCH} at a time as the iterator is
    /// walked ({@link #findByIds} per batch): however many ids there are, only one batch of records is held.
    public Iterator<Integration> inBatches(List<Long> ids) {
        return new Iterator<>() {
            private int next;
            private Iterator<Integration> batch = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && next < ids.size()) {
                    List<Long> wanted = ids.subList(next, Math.min(ids.size(), next + BATCH));
                    next += wanted.size();
                    batch = findByIds(wanted).iterator();
                }
                return batch.hasNext();
            }

            @Override
            public Integration next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }

    /// The integrations with these ids, in the order given; ids not stored are skipped. For a page of the
    /// register: one query per table for the lot. Ids come from reads that leave out unpublished imports, so
    /// they are not checked again here.
    public List<Integration> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, IntegrationRecord> rows = ctx.selectFrom(INTEGRATION).where(INTEGRATION.ID.in(ids))
                .fetchMap(INTEGRATION.ID);
        Map<Long, IntegrationChildRows.Children> lists = children.load(ids);
        return ids.stream().filter(rows::containsKey).map(id -> toIntegration(rows.get(id), lists.get(id))).toList();
    }

    public Optional<Integration> find(long id) {
        return ctx.selectFrom(INTEGRATION).where(INTEGRATION.ID.eq(id)).fetchOptional()
                .map(r -> toIntegration(r, children.load(List.of(id)).get(id)));
    }

    /// True when an integration with exactly this name (ignoring case and surrounding blanks) is stored,
    /// rows of an import not yet published included: the import refuses a name saved while it runs, and this
    /// keeps a save from taking one the import already holds.
    public boolean existsByName(String name) {
        return ctx.fetchExists(INTEGRATION,
                lower(trim(INTEGRATION.NAME)).eq(name.trim().toLowerCase(Locale.ROOT)));
    }

    /// Inserts an unsaved integration (id 0) as version 1.
    ///
    /// @return the integration carrying its new id, version 1 and the stamp {@code at}/{@code by}
    public Integration insert(Integration draft, Instant at, String by) {
        if (!draft.isNew()) {
            throw new IllegalArgumentException("Integration " + draft.id() + " is already stored");
        }
        IntegrationRecord row = ctx.newRecord(INTEGRATION);
        copyColumns(draft, row);
        row.setVersion(1L);
        row.setCreatedAt(DbTime.toColumn(at));
        row.setCreatedBy(by);
        row.setUpdatedAt(DbTime.toColumn(at));
        row.setUpdatedBy(by);
        row.store();
        long id = row.getId();
        DashboardTally.Change tally = DashboardTally.inserted(ctx, List.of(id));
        Integration saved = draft.stored(id, 1, at, by);
        children.replace(id, draft);
        terms.insert(List.of(saved));
        tally.apply();
        return saved;
    }

    /// Overwrites the stored integration if it is still at {@code edited.version()}, and bumps the version.
    ///
    /// @return the integration carrying its new version and the stamp {@code at}/{@code by}
    /// @throws StaleRecordException    when someone saved (or removed) it since {@code edited} was read
    public Integration update(Integration edited, Instant at, String by) {
        DashboardTally.Change tally = DashboardTally.before(ctx, List.of(edited.id()));
        IntegrationRecord values = ctx.newRecord(INTEGRATION);
        copyColumns(edited, values);
        values.setUpdatedAt(DbTime.toColumn(at));
        values.setUpdatedBy(by);
        // Only the columns set above are written: id and the creation stamp are never overwritten.
        // worked out from the stored text, so before it is overwritten; rolled back with the rest when stale
        terms.replace(edited.id(), edited);
        UpdateSetMoreStep<IntegrationRecord> set = ctx.update(INTEGRATION).set(values)
                .set(INTEGRATION.VERSION, INTEGRATION.VERSION.plus(1));
        int rows = set.where(INTEGRATION.ID.eq(edited.id()).and(INTEGRATION.VERSION.eq(edited.version()))).execute();
        if (rows == 0) {
            throw staleFor(edited.id(), edited.name(), edited.version());
        }
        children.replace(edited.id(), edited);
        tally.apply();
        return edited.stored(edited.id(), edited.version() + 1, at, by);
    }

    /// Loads the stored integration and checks it is still the version the caller read.
    ///
    /// @param shownName the name the user has in front of them, for the message; {@code null} for the stored one
    /// @throws RecordNotFoundException when it does not exist
    /// @throws StaleRecordException    when the stored version is not {@code expectedVersion}
    public Integration findAtVersion(long id, long expectedVersion, String shownName) {
        Integration stored = find(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (stored.version() != expectedVersion) {
            throw staleFor(id, shownName == null ? stored.name() : shownName, expectedVersion);
        }
        return stored;
    }

    /// Locks the integration's row until the transaction ends (SELECT ... FOR UPDATE), so that writers which
    /// read related rows before deciding, such as reclassification, take turns. Does nothing if it is missing.
    public void lockRow(long id) {
        ctx.select(INTEGRATION.ID).from(INTEGRATION).where(INTEGRATION.ID.eq(id)).forUpdate().fetch();
    }

    /// Builds the exception for a save that found {@code expectedVersion} no longer stored.
    StaleRecordException staleFor(long id, String name, long expectedVersion) {
        Record current = ctx.select(INTEGRATION.VERSION, INTEGRATION.UPDATED_BY, INTEGRATION.UPDATED_AT)
                .from(INTEGRATION).where(INTEGRATION.ID.eq(id)).fetchOne();
        if (current == null) {
            return new StaleRecordException(ENTITY, id, name, expectedVersion, StaleRecordException.DELETED,
                    null, null);
        }
        return new StaleRecordException(ENTITY, id, name, expectedVersion,
                current.get(INTEGRATION.VERSION), current.get(INTEGRATION.UPDATED_BY),
                DbTime.fromColumn(current.get(INTEGRATION.UPDATED_AT)));
    }

    static void copyColumns(Integration from, IntegrationRecord to) {
        RevocationPath revocation = from.revocation();
        to.setName(from.name());
        to.setPurpose(from.purpose());
        to.setVendor(from.vendor());
        to.setKind(from.kind().name());
        to.setPipelineRole(ColumnValues.name(from.pipelineRole()));
        to.setStatus(from.status().name());
        to.setSponsorId(from.sponsorId());
        to.setTechnicalOwnerId(from.technicalOwnerId());
        to.setRevocationKillSwitch(revocation.killSwitch());
        to.setRevocationAuthorisedBy(revocation.authorisedBy());
        to.setRevocationSteps(revocation.steps());
        to.setRevocationTargetMinutes(ColumnValues.minutes(revocation.targetTime()));
        to.setRevocationLastTested(revocation.lastTested());
        to.setRevocationLastResult(ColumnValues.name(revocation.lastResult()));
        to.setRevocationImpact(revocation.impact());
        to.setNextReview(from.nextReview());
    }

    private static Integration toIntegration(IntegrationRecord r, IntegrationChildRows.Children lists) {
        IntegrationChildRows.Children c = lists == null ? IntegrationChildRows.Children.NONE : lists;
        RevocationPath revocation = new RevocationPath(r.getRevocationKillSwitch(), r.getRevocationAuthorisedBy(),
                r.getRevocationSteps(), ColumnValues.duration(r.getRevocationTargetMinutes()),
                r.getRevocationLastTested(),
                ColumnValues.parse(RevocationTestResult.class, r.getRevocationLastResult()),
                r.getRevocationImpact());
        return new Integration(r.getId(), r.getVersion(), r.getName(), r.getPurpose(), r.getVendor(),
                IntegrationKind.valueOf(r.getKind()), ColumnValues.parse(PipelineRole.class, r.getPipelineRole()),
                c.environments(), LifecycleStatus.valueOf(r.getStatus()), r.getSponsorId(), r.getTechnicalOwnerId(),
                c.backupOwnerIds(), c.dataAccess(), c.tools(), c.agentLinks(), c.credentials(), revocation,
                r.getNextReview(), DbTime.fromColumn(r.getUpdatedAt()), r.getUpdatedBy());
    }
}
