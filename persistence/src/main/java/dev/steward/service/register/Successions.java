package dev.steward.service.register;

import dev.steward.model.register.Person;
import dev.steward.model.succession.SuccessionProposal;
import dev.steward.model.succession.SuccessionRules;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.SuccessionRepository;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Proposes successors when a person leaves, and withdraws the unconfirmed ones when they come back, inside the
/// caller's transaction. Every proposal and withdrawal is an audit event on the integration's SUCCESSION record.
final class Successions {
    private final DSLContext tx;
    private final Instant at;
    private final String who;

    Successions(DSLContext tx, Instant at, String who) {
        this.tx = tx;
        this.at = at;
        this.who = who;
    }

    void personLeftOrReturned(Person person) {
        SuccessionRepository proposals = new SuccessionRepository(tx);
        List<AuditEvent> events = new ArrayList<>();
        // Leaving twice proposes afresh (owners may have changed); coming back leaves nothing to hand over.
        proposals.pendingFor(person.id()).forEach(old -> events.add(event(old.id(), AuditLog.WITHDRAW,
                describe(old.proposal()), null)));
        proposals.withdrawPendingFor(person.id());
        if (person.hasLeft()) {
            Map<Long, Person> people = new PersonRepository(tx).findAll().stream()
                    .collect(Collectors.toMap(Person::id, Function.identity()));
            for (SuccessionProposal proposal : SuccessionRules.propose(person, new IntegrationRepository(tx).findAll(),
                    people)) {
                long id = proposals.insert(proposal, at, who);
                events.add(event(id, AuditLog.PROPOSE, null, describe(proposal)));
            }
        }
        new AuditLog(tx).append(events);
    }

    private AuditEvent event(long proposalId, String action, String oldValue, String newValue) {
        return new AuditEvent(0, at, who, AuditLog.SUCCESSION, proposalId, action, "successor", oldValue, newValue);
    }

    /// E.g. "SPONSOR of integration 7 from person 3 to person 5 (BACKUP_OWNER)".
    static String describe(SuccessionProposal p) {
        return p.role() + " of integration " + p.integrationId() + " (" + p.integrationName() + ") from person "
                + p.leaverId() + " to " + (p.successorId() == null ? "nobody yet" : "person " + p.successorId())
                + " (" + p.basis() + ")";
    }
}
