package dev.steward.storage;

import dev.steward.model.succession.OwnerRole;
import dev.steward.model.succession.SuccessionBasis;
import dev.steward.model.succession.SuccessionProposal;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.SUCCESSION_PROPOSAL;

/// Reads and writes succession proposals in the caller's transaction.
public final class SuccessionRepository {
    private final DSLContext ctx;

    public SuccessionRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public long insert(SuccessionProposal proposal, Instant at, String by) {
        DashboardTally.Change tally = DashboardTally.before(ctx, List.of(proposal.integrationId()));
        long id = ctx.insertInto(SUCCESSION_PROPOSAL)
                .set(SUCCESSION_PROPOSAL.INTEGRATION_ID, proposal.integrationId())
                .set(SUCCESSION_PROPOSAL.OWNER_ROLE, proposal.role().name())
                .set(SUCCESSION_PROPOSAL.LEAVER_ID, proposal.leaverId())
                .set(SUCCESSION_PROPOSAL.SUCCESSOR_ID, proposal.successorId())
                .set(SUCCESSION_PROPOSAL.BASIS, proposal.basis().name())
                .set(SUCCESSION_PROPOSAL.PROPOSED_AT, DbTime.toColumn(at))
                .set(SUCCESSION_PROPOSAL.PROPOSED_BY, by)
                .returningResult(SUCCESSION_PROPOSAL.ID).fetchOne(SUCCESSION_PROPOSAL.ID);
        tally.apply();
        return id;
    }

    /// Every proposal nobody has confirmed whose integration is live and still has the leaver in that role,
    /// oldest first. (An edit that named someone else settles the proposal without a confirmation.)
    public List<StoredSuccession> pending() {
        return select(stillHeldByLeaver());
    }

    private static Condition stillHeldByLeaver() {
        return INTEGRATION.STATUS.ne("RETIRED").and(pendingAndHeld(INTEGRATION, SUCCESSION_PROPOSAL));
    }

    /// A proposal not yet confirmed whose leaver still holds the role on `integration`: what makes the
    /// integration ownerless (the dashboard's gap query reads it too, on its own table aliases).
    static Condition pendingAndHeld(dev.steward.storage.jooq.tables.Integration integration,
                                    dev.steward.storage.jooq.tables.SuccessionProposal proposal) {
        return proposal.CONFIRMED_AT.isNull().and(
                proposal.OWNER_ROLE.eq(OwnerRole.SPONSOR.name()).and(integration.SPONSOR_ID.eq(proposal.LEAVER_ID))
                        .or(proposal.OWNER_ROLE.eq(OwnerRole.TECHNICAL_OWNER.name())
                                .and(integration.TECHNICAL_OWNER_ID.eq(proposal.LEAVER_ID))));
    }

    /// The unconfirmed proposals for one leaver's roles.
    public List<StoredSuccession> pendingFor(long leaverId) {
        return select(SUCCESSION_PROPOSAL.CONFIRMED_AT.isNull().and(SUCCESSION_PROPOSAL.LEAVER_ID.eq(leaverId)));
    }

    public Optional<StoredSuccession> find(long id) {
        return select(SUCCESSION_PROPOSAL.ID.eq(id)).stream().findFirst();
    }

    /// Marks the proposal confirmed with the successor who actually took over.
    public void confirm(long id, long successorId, SuccessionBasis basis, Instant at, String by) {
        DashboardTally.Change tally = DashboardTally.before(ctx, ctx.select(SUCCESSION_PROPOSAL.INTEGRATION_ID)
                .from(SUCCESSION_PROPOSAL).where(SUCCESSION_PROPOSAL.ID.eq(id)).fetch(SUCCESSION_PROPOSAL.INTEGRATION_ID));
        ctx.update(SUCCESSION_PROPOSAL).set(SUCCESSION_PROPOSAL.SUCCESSOR_ID, successorId)
                .set(SUCCESSION_PROPOSAL.BASIS, basis.name())
                .set(SUCCESSION_PROPOSAL.CONFIRMED_AT, DbTime.toColumn(at))
                .set(SUCCESSION_PROPOSAL.CONFIRMED_BY, by)
                .where(SUCCESSION_PROPOSAL.ID.eq(id)).execute();
        tally.apply();
    }

    /// Removes one leaver's unconfirmed proposals (they came back, or left again and are proposed afresh).
    public int withdrawPendingFor(long leaverId) {
        Condition pending = SUCCESSION_PROPOSAL.CONFIRMED_AT.isNull().and(SUCCESSION_PROPOSAL.LEAVER_ID.eq(leaverId));
        DashboardTally.Change tally = DashboardTally.before(ctx, ctx.select(SUCCESSION_PROPOSAL.INTEGRATION_ID)
                .from(SUCCESSION_PROPOSAL).where(pending).fetch(SUCCESSION_PROPOSAL.INTEGRATION_ID));
        int withdrawn = ctx.deleteFrom(SUCCESSION_PROPOSAL).where(pending).execute();
        tally.apply();
        return withdrawn;
    }

    private List<StoredSuccession> select(Condition condition) {
        return ctx.select(SUCCESSION_PROPOSAL.asterisk(), INTEGRATION.NAME).from(SUCCESSION_PROPOSAL)
                .join(INTEGRATION).on(INTEGRATION.ID.eq(SUCCESSION_PROPOSAL.INTEGRATION_ID))
                .where(condition).orderBy(SUCCESSION_PROPOSAL.ID).fetch(SuccessionRepository::toStored);
    }

    private static StoredSuccession toStored(Record r) {
        SuccessionProposal proposal = new SuccessionProposal(r.get(SUCCESSION_PROPOSAL.INTEGRATION_ID),
                r.get(INTEGRATION.NAME), OwnerRole.valueOf(r.get(SUCCESSION_PROPOSAL.OWNER_ROLE)),
                r.get(SUCCESSION_PROPOSAL.LEAVER_ID), r.get(SUCCESSION_PROPOSAL.SUCCESSOR_ID),
                SuccessionBasis.valueOf(r.get(SUCCESSION_PROPOSAL.BASIS)));
        return new StoredSuccession(r.get(SUCCESSION_PROPOSAL.ID), proposal,
                DbTime.fromColumn(r.get(SUCCESSION_PROPOSAL.PROPOSED_AT)), r.get(SUCCESSION_PROPOSAL.PROPOSED_BY),
                DbTime.fromColumn(r.get(SUCCESSION_PROPOSAL.CONFIRMED_AT)), r.get(SUCCESSION_PROPOSAL.CONFIRMED_BY));
    }
}
