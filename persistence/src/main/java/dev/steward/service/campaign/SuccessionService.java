package dev.steward.service.campaign;

import dev.steward.model.access.Permission;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.succession.SuccessionBasis;
import dev.steward.model.succession.SuccessionProposal;
import dev.steward.model.succession.SuccessionRules;
import dev.steward.service.access.Actor;
import dev.steward.service.access.WriteChecks;
import dev.steward.service.register.IntegrationWrites;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.storage.StoredSuccession;
import dev.steward.storage.SuccessionRepository;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/// Confirms the successors proposed when a person left (the proposals themselves are made by
/// {@link dev.steward.service.register.RegisterService#setPersonLeft}). Confirming needs
/// {@link Permission#EDIT_INTEGRATIONS}: it hands the role over in one transaction with its audit events, and
/// like any ownership change it makes the signed attestation stale.
public final class SuccessionService {
    private final Database db;
    private final Actor actor;
    private final Clock clock;

    public SuccessionService(Database db, Actor actor, Clock clock) {
        this.db = db;
        this.actor = actor;
        this.clock = clock;
    }

    /// The proposals still waiting for a confirmation; each leaves its integration ownerless until then.
    public List<StoredSuccession> pending() {
        return db.dsl().transactionResult(c -> {
            actor.authorize(c.dsl(), Permission.VIEW_REGISTER);
            return new SuccessionRepository(c.dsl()).pending();
        });
    }

    /// Hands the role over to the proposed successor, or to `otherSuccessorId` when given.
    ///
    /// @param otherSuccessorId someone else to take over, {@code null} to accept the proposal
    /// @throws IllegalTransitionException when it was confirmed already, or the role changed hands since
    /// @throws dev.steward.model.validation.ValidationException when nobody was proposed and none is named, or the
    ///                                                         successor is unknown or has left
    public Integration confirm(long proposalId, Long otherSuccessorId) {
        return db.dsl().transactionResult(c -> {
            DSLContext tx = c.dsl();
            String who = actor.authorize(tx, Permission.EDIT_INTEGRATIONS);
            SuccessionRepository proposals = new SuccessionRepository(tx);
            StoredSuccession stored = proposals.find(proposalId)
                    .orElseThrow(() -> new RecordNotFoundException("Succession proposal", proposalId));
            if (!stored.isPending()) {
                throw new IllegalTransitionException("This succession was confirmed by " + stored.confirmedBy()
                        + " already.");
            }
            SuccessionProposal proposal = stored.proposal();
            Long successor = otherSuccessorId != null ? otherSuccessorId : proposal.successorId();
            requireActiveSuccessor(tx, successor, proposal);
            IntegrationRepository integrations = new IntegrationRepository(tx);
            Integration integration = integrations.find(proposal.integrationId())
                    .orElseThrow(() -> new RecordNotFoundException("Integration", proposal.integrationId()));
            Long holder = switch (proposal.role()) {
                case SPONSOR -> integration.sponsorId();
                case TECHNICAL_OWNER -> integration.technicalOwnerId();
            };
            if (!Objects.equals(holder, proposal.leaverId())) {
                throw new IllegalTransitionException(integration.name() + " has a new " + label(proposal)
                        + " already: this proposal no longer applies.");
            }
            WriteChecks.requireNotRetired(integration);
            Instant at = DbTime.now(clock);
            Integration saved = IntegrationWrites.saveAndMarkStale(tx, who, AuditLog.UPDATE, integration,
                    SuccessionRules.handOver(integration, proposal.role(), successor), at);
            SuccessionBasis basis = successor.equals(proposal.successorId()) ? proposal.basis() : SuccessionBasis.CHOSEN;
            proposals.confirm(proposalId, successor, basis, at, who);
            new AuditLog(tx).append(List.of(new AuditEvent(0, at, who, AuditLog.SUCCESSION, proposalId, AuditLog.CONFIRM,
                    "successor", proposal.successorId() == null ? null : "person " + proposal.successorId(),
                    "person " + successor + " (" + basis + ") as " + proposal.role() + " of " + integration.name())));
            return saved;
        });
    }

    private static void requireActiveSuccessor(DSLContext tx, Long successor, SuccessionProposal proposal) {
        if (successor == null) {
            throw CampaignService.problem("successorId", "Nobody could be proposed for " + proposal.integrationName()
                    + ": name the new " + label(proposal) + ".");
        }
        Person person = new PersonRepository(tx).find(successor).orElse(null);
        if (person == null || person.hasLeft()) {
            throw CampaignService.problem("successorId", person == null
                    ? "Person " + successor + " is not in the register."
                    : person.name() + " has left: choose someone still here.");
        }
    }

    private static String label(SuccessionProposal proposal) {
        return switch (proposal.role()) {
            case SPONSOR -> "sponsor";
            case TECHNICAL_OWNER -> "technical owner";
        };
    }
}
