package dev.steward.service.campaign;

import dev.steward.model.access.User;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignItem;
import dev.steward.model.campaign.CampaignReport;
import dev.steward.model.campaign.SignedCampaignReport;
import dev.steward.model.register.Person;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.model.signing.Sha256;
import dev.steward.service.audit.UnlockedKeys;
import dev.steward.storage.AuditCheckpoints;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.CampaignRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.UserRepository;
import org.jooq.DSLContext;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Builds, signs and stores a closed campaign's completion report. The manager's Ed25519 key signs it exactly
/// as an attestation is signed ({@link SignatureBlock#sign}), and the sign-off gets an audit checkpoint as an
/// attestation's does.
public final class CampaignReports {
    private final PrivateKeyEncryption keyEncryption;

    public CampaignReports(PrivateKeyEncryption keyEncryption) {
        this.keyEncryption = keyEncryption;
    }

    SignedCampaignReport sign(DSLContext tx, Campaign closed, List<CampaignItem> items, User manager,
                              char[] passphrase, Instant at) {
        UserRepository.Row signer = new UserRepository(tx).find(manager.username()).orElseThrow();
        KeyPair keys = UnlockedKeys.of(signer, keyEncryption, passphrase,
                "Create your signing key before closing a campaign: its report is signed with it.");
        Map<Long, Person> people = new PersonRepository(tx).findAll().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        CampaignReport report = report(closed, items, people);
        SignedCampaignReport signed = SignedCampaignReport.sign(report, manager, keys, at);
        String reportJson = CanonicalJson.write(report.toJsonTree());
        new CampaignRepository(tx).storeReport(closed.id(), reportJson,
                CanonicalJson.write(signed.signature().toJsonTree()));
        new AuditLog(tx).append(List.of(new AuditEvent(0, at, manager.username(), AuditLog.CAMPAIGN, closed.id(),
                AuditLog.SIGN, "report", null, "report sha256 " + Sha256.hex(CanonicalJson.bytes(report.toJsonTree()))
                        + " signed with key " + signer.fingerprint())));
        new AuditCheckpoints(tx).record(signer.user(), keys, at, AuditCheckpoints.SIGN_OFF);
        return signed;
    }

    Optional<SignedCampaignReport> stored(DSLContext tx, long campaignId) {
        return new CampaignRepository(tx).report(campaignId).map(parts -> new SignedCampaignReport(
                CampaignReport.fromJson(CanonicalJson.parse(parts[0]), "$.report"),
                SignatureBlock.fromJson(CanonicalJson.parse(parts[1]))));
    }

    static CampaignReport report(Campaign closed, List<CampaignItem> items, Map<Long, Person> people) {
        List<CampaignReport.Row> rows = items.stream().map(i -> new CampaignReport.Row(i.integrationId(),
                i.integrationName(), i.decision(), i.deciderId() == null || !people.containsKey(i.deciderId()) ? ""
                : people.get(i.deciderId()).name(), i.decidedBy(), i.decidedAt(), i.justification())).toList();
        return new CampaignReport(closed.id(), closed.name(), closed.scope().describe(), closed.due(),
                closed.recurrence(), closed.manager(), closed.createdAt(), closed.closedAt(), rows);
    }
}
