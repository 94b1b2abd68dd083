package dev.steward.storage;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.QueueCategory;
import dev.steward.storage.jooq.tables.AppUser;
import dev.steward.storage.jooq.tables.Attestation;
import dev.steward.storage.jooq.tables.Integration;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSelectStep;
import org.jooq.SortField;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.steward.storage.jooq.Tables.APP_USER;
import static dev.steward.storage.jooq.Tables.ATTESTATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

/// The review queue asked of the database (issue 17) instead of filtered over every integration's newest
/// attestation in memory: the same rows, counted per category and read a page at a time.
///
/// Only an integration's newest attestation (the highest id: ids only grow) is queued: submitted ones wait
/// for a manager, returned ones for the reviewer, stale ones for a new round, and signed ones when they have
/// expired or expire within the horizon ({@link ReviewQueueQuery}). Retired integrations keep their rows, as
/// the in-memory queue did. An unpublished import is not looked at: its rows cannot have an attestation yet
/// (they are seen by no one), and they go, with anything on them, if the import fails.
///
/// The order is category, then `since` ascending with rows without one last, then attestation id. Each
/// category is read by itself, dated rows (`since IS NOT NULL`) before undated ones (`since IS NULL`), each
/// ordered by state, date and id, rather than in one `ORDER BY ... NULLS LAST`: no engine's null ordering
/// enters, so H2 and PostgreSQL give the same order, and one index per category's date (V18: state, date, id)
/// serves it on both, so that the first page stops after one page of it. The text search compares lower case
/// on both sides with a LIKE whose wildcards are escaped.
///
/// The counts without text come from the totals the writers keep ({@link QueueTally}); with text, or before
/// the totals were worked out, each category is counted here, a pass over its state's attestations.
/// Reads only; works on the {@link DSLContext} it is given.
public final class ReviewQueueQueries {
    private static final Attestation A = ATTESTATION.as("qa");
    private static final Attestation NEWER = ATTESTATION.as("qn");
    private static final Integration I = INTEGRATION.as("qi");
    private static final AppUser ACCOUNT = APP_USER.as("qu");

    /// One category: which attestations, its date, and where its person and detail come from.
    ///
    /// @param username the person's username (shown by their display name), or `null`: the signer's name
    /// @param detail   `null` when the category has none
    private record Part(QueueCategory category, Condition where, Field<OffsetDateTime> since,
                        Field<String> username, Field<String> detail) {

        Field<String> who() {
            return username == null ? A.SIGNER_NAME : coalesce(ACCOUNT.DISPLAY_NAME, username);
        }
    }

    private final DSLContext ctx;
    private final ReviewQueueQuery query;
    private final Map<QueueCategory, Part> parts;

    public ReviewQueueQueries(DSLContext ctx, ReviewQueueQuery query) {
        this.ctx = ctx;
        this.query = query;
        this.parts = parts(query);
    }

    /// Every category's rows, whatever the query's category and text (the summary line): from the totals the
    /// writers keep ({@link QueueTally}) once they were worked out for this register, else counted here.
    public ReviewQueueCounts counts() {
        return DashboardTally.isBuilt(ctx) ? QueueTally.read(ctx, query, this::signedExpiring) : exactCounts();
    }

    /// As {@link #counts}, always counted over the attestations (what the kept totals must agree with).
    public ReviewQueueCounts exactCounts() {
        return counted(false);
    }

    /// The rows the query's text lets through, in every category (a category filter then only picks one);
    /// `all` when there is no text.
    public ReviewQueueCounts matching(ReviewQueueCounts all) {
        return query.hasText() ? counted(true) : all;
    }

    /// Rows `offset` to `offset + limit` of the query's category (or all), in the queue's order, placed by
    /// `matching` (from {@link #matching}).
    public List<ReviewQueueRow> page(ReviewQueueCounts matching, int offset, int limit) {
        List<ReviewQueueRow> rows = new ArrayList<>(Math.min(limit, 1_000));
        int start = 0;
        for (QueueCategory category : QueueCategory.values()) {
            if (query.category() != null && query.category() != category) {
                continue;
            }
            for (boolean dated : new boolean[]{true, false}) {
                int n = dated ? matching.dated(category) : matching.undated(category);
                int from = offset + rows.size() - start;
                if (from < n && rows.size() < limit) {
                    rows.addAll(read(parts.get(category), dated, from, Math.min(limit - rows.size(), n - from)));
                }
                start += n;
            }
        }
        return rows;
    }

    private ReviewQueueCounts counted(boolean byText) {
        Map<QueueCategory, Integer> dated = new EnumMap<>(QueueCategory.class);
        Map<QueueCategory, Integer> undated = new EnumMap<>(QueueCategory.class);
        for (Part part : parts.values()) {
            // COUNT(since) counts the dated rows only
            Record2<Integer, Integer> counted = from(ctx.select(count(), count(part.since())), part, byText)
                    .where(rowsOf(part, byText)).fetchSingle();
            int withDate = counted.value2();
            dated.put(part.category(), withDate);
            undated.put(part.category(), counted.value1() - withDate);
        }
        return new ReviewQueueCounts(dated, undated);
    }

    /// Newest signed attestations expiring between two instants, walking the expiry index (V18) over that span.
    private int signedExpiring(Instant from, boolean fromIncluded, Instant to, boolean toExcluded) {
        OffsetDateTime lo = DbTime.toColumn(from);
        OffsetDateTime hi = DbTime.toColumn(to);
        Condition span = (fromIncluded ? A.EXPIRES_AT.ge(val(lo)) : A.EXPIRES_AT.gt(val(lo)))
                .and(toExcluded ? A.EXPIRES_AT.lt(val(hi)) : A.EXPIRES_AT.le(val(hi)));
        return ctx.select(count()).from(A).where(state(AttestationState.SIGNED)).and(span).and(newest())
                .fetchSingle().value1();
    }

    private List<ReviewQueueRow> read(Part part, boolean dated, int offset, int limit) {
        Field<String> who = part.who().as("qwho");
        Field<String> detail = (part.detail() == null ? inline((String) null) : part.detail()).as("qdetail");
        // the state is one value here, and the date all set or all null: the order is the date's, then the id's.
        // Naming the index's columns in its order lets H2 pick and walk it (it matches an ORDER BY to an index
        // from the index's first column); no NULLS clause, which H2 would not match to the index either.
        List<SortField<?>> order = List.of(A.STATE.asc(), part.since().asc(), A.ID.asc());
        return from(ctx.select(A.ID, A.INTEGRATION_ID, I.NAME, who, part.since(), detail), part, true)
                .where(rowsOf(part, query.hasText()))
                .and(dated ? part.since().isNotNull() : part.since().isNull())
                .orderBy(order).limit(limit).offset(offset)
                .fetch(r -> row(part.category(), r, who, detail, part.since()));
    }

    /// The attestation table, with the integration and the person's account when the text or the row needs them.
    private static <R extends Record> SelectJoinStep<R> from(SelectSelectStep<R> select, Part part,
                                                             boolean withNames) {
        SelectJoinStep<R> from = select.from(A);
        if (!withNames) {
            return from;
        }
        from = from.join(I).on(I.ID.eq(A.INTEGRATION_ID));
        return part.username() == null ? from : from.leftJoin(ACCOUNT).on(ACCOUNT.USERNAME.eq(part.username()));
    }

    private Condition rowsOf(Part part, boolean byText) {
        return part.where().and(newest()).and(byText ? contains(part) : noCondition());
    }

    /// The attestation is its integration's newest.
    private static Condition newest() {
        return QueueTally.newest(A, NEWER);
    }

    /// The integration's name, the person or the detail contains the text, ignoring case.
    private Condition contains(Part part) {
        Field<String> pattern = val(RegisterSearch.containsPattern(query.text()));
        Condition any = lower(I.NAME).like(pattern, '!').or(lower(part.who()).like(pattern, '!'));
        return part.detail() == null ? any : any.or(lower(part.detail()).like(pattern, '!'));
    }

    private static ReviewQueueRow row(QueueCategory category, Record r, Field<String> who, Field<String> detail,
                                      Field<OffsetDateTime> since) {
        return new ReviewQueueRow(category, r.get(A.ID), r.get(A.INTEGRATION_ID), r.get(I.NAME),
                orEmpty(r.get(who)), DbTime.fromColumn(r.get(since)), orEmpty(r.get(detail)));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Map<QueueCategory, Part> parts(ReviewQueueQuery query) {
        Map<QueueCategory, Part> parts = new EnumMap<>(QueueCategory.class);
        OffsetDateTime now = DbTime.toColumn(query.now());
        OffsetDateTime horizon = DbTime.toColumn(query.horizon());
        Condition signed = state(AttestationState.SIGNED);
        Field<OffsetDateTime> expires = QueueTally.since(A, AttestationState.SIGNED);
        parts.put(QueueCategory.AWAITING_SIGNATURE, new Part(QueueCategory.AWAITING_SIGNATURE,
                state(AttestationState.SUBMITTED), QueueTally.since(A, AttestationState.SUBMITTED), A.SUBMITTED_BY,
                null));
        parts.put(QueueCategory.RETURNED, new Part(QueueCategory.RETURNED, state(AttestationState.RETURNED),
                QueueTally.since(A, AttestationState.RETURNED), A.RETURNED_BY, A.RETURN_COMMENT));
        parts.put(QueueCategory.STALE, new Part(QueueCategory.STALE, state(AttestationState.STALE),
                QueueTally.since(A, AttestationState.STALE), null, null));
        parts.put(QueueCategory.EXPIRED, new Part(QueueCategory.EXPIRED, signed.and(expires.le(val(now))), expires,
                null, null));
        parts.put(QueueCategory.DUE_SOON, new Part(QueueCategory.DUE_SOON,
                signed.and(expires.gt(val(now))).and(expires.le(val(horizon))), expires, null, null));
        return parts;
    }

    private static Condition state(AttestationState state) {
        return A.STATE.eq(inline(state.name()));
    }
}
