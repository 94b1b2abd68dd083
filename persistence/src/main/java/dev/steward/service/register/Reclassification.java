package dev.steward.service.register;

import dev.steward.service.access.WriteChecks;
import dev.steward.service.attestation.AttestationStaleness;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditEvents;
import dev.steward.storage.AuditLog;
import dev.steward.storage.ClassificationRepository;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.StoredClassification;

import dev.steward.model.attestation.MaterialChange;
import dev.steward.model.classification.AnswerProblem;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleRules;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// The steps of {@link RegisterService#classify}, all inside the caller's single transaction: check, classify,
/// compare with the previous classification, store, and when the result escalated move an approved
/// integration to {@link LifecycleStatus#UNDER_REASSESSMENT}.
public final class Reclassification {
    private static final Logger LOG = LoggerFactory.getLogger(Reclassification.class);

    static final String RETIRED_CANNOT_BE_RECLASSIFIED = "Retired integrations cannot be reclassified";

    /// Statuses resting on an approval that an escalation invalidates. Earlier statuses are still under review,
    /// which covers the new answers anyway. A suspended integration is already stopped: moving it to
    /// reassessment is its way back to running, a decision a person must take, so an escalation leaves it be.
    /// (Discovery uses the same rule: a material change found in a file moves the same statuses.)
    private static final Set<LifecycleStatus> RESTING_ON_APPROVAL =
            EnumSet.of(LifecycleStatus.APPROVED, LifecycleStatus.ACTIVE, LifecycleStatus.RESTRICTED);

    private final DSLContext tx;
    private final Instant at;
    private final String who;

    Reclassification(DSLContext tx, Instant at, String who) {
        this.tx = tx;
        this.at = at;
        this.who = who;
    }

    ClassificationOutcome run(long integrationId, long expectedVersion, Answers answers) {
        IntegrationRepository integrations = new IntegrationRepository(tx);
        // Two classifications of one integration must not both compare against the same previous row.
        integrations.lockRow(integrationId);
        Integration stored = integrations.findAtVersion(integrationId, expectedVersion, null);
        if (stored.isRetired()) {
            throw new ValidationException(List.of(new ValidationProblem("status", RETIRED_CANNOT_BE_RECLASSIFIED)));
        }
        Questionnaire questionnaire = Questionnaire.builtIn();
        requireAcceptable(questionnaire, answers);

        Classification result = ClassificationEngine.classify(questionnaire, answers);
        ClassificationRepository classifications = new ClassificationRepository(tx);
        Optional<StoredClassification> previous = classifications.latest(integrationId);
        List<String> reasons = previous.map(p -> escalationReasons(questionnaire, result, p)).orElse(List.of());
        StoredClassification saved = classifications.insert(integrationId, answers, result, reasons, at, who);

        List<AuditEvent> events = new ArrayList<>();
        events.add(classificationEvent(integrationId, previous, saved));
        Integration after = stored;
        boolean moved = !reasons.isEmpty() && demandsNewReview(stored.status());
        if (moved) {
            // No model validation, as for retiring: an escalation must take effect even when the record is
            // incomplete by today's rules.
            after = integrations.update(stored.withStatus(LifecycleStatus.UNDER_REASSESSMENT), at, who);
            events.addAll(AuditEvents.forIntegration(AuditLog.CLASSIFY, stored, after, at, who,
                    new PersonRepository(tx).nameLookup()));
        }
        if (!reasons.isEmpty()) {
            // "Its earlier attestations become stale": the signed one, in this same transaction. The reasons are
            // the escalation reasons, as MaterialChange.reclassification words them.
            new AttestationStaleness(tx).markStale(integrationId, List.of(new MaterialChange(
                    MaterialChange.Kind.RECLASSIFICATION_ESCALATION, String.join("; ", reasons))), at, who);
            LOG.info("{} classified integration {} '{}': escalated ({}){}", who, integrationId, stored.name(),
                    String.join("; ", reasons), moved ? ", moved to under reassessment" : "");
        } else {
            LOG.debug("{} classified integration {} '{}': {}", who, integrationId, stored.name(), saved.summary());
        }
        new AuditLog(tx).append(events);
        return new ClassificationOutcome(saved, after, moved, reasons);
    }

    /// Answers must fit the built-in questionnaire: known question ids and allowed options. Unanswered
    /// questions are allowed; the engine reads them as unknown (which may make the verdict UNDETERMINED).
    private static void requireAcceptable(Questionnaire questionnaire, Answers answers) {
        List<AnswerProblem> problems = questionnaire.validate(answers.asMap());
        WriteChecks.requireValid(problems.stream()
                .map(p -> new ValidationProblem("answers." + p.questionId(), p.message()))
                .toList());
    }

    /// Compares like with like: the previous answers are classified again by today's engine, so a rule change
    /// between the two classifications is not mistaken for a change in the integration.
    private static List<String> escalationReasons(Questionnaire questionnaire, Classification result,
                                                  StoredClassification previous) {
        Classification before = ClassificationEngine.classify(questionnaire, previous.answers());
        return result.escalationReasons(before);
    }

    static boolean demandsNewReview(LifecycleStatus status) {
        return RESTING_ON_APPROVAL.contains(status)
                && LifecycleRules.canMove(status, LifecycleStatus.UNDER_REASSESSMENT);
    }

    /// "verdict Non-human identity, autonomy A3 Conditional, tier High", followed by the escalation reasons when there are any.
    private AuditEvent classificationEvent(long integrationId, Optional<StoredClassification> previous,
                                           StoredClassification saved) {
        String now = saved.escalated()
                ? saved.summary() + "; escalated: " + String.join("; ", saved.escalationReasons())
                : saved.summary();
        return new AuditEvent(0, at, who, AuditLog.INTEGRATION, integrationId, AuditLog.CLASSIFY,
                AuditLog.CLASSIFICATION_FIELD, previous.map(StoredClassification::summary).orElse(null), now);
    }
}
