package dev.steward.service;

import dev.steward.service.settings.SettingsService;
import dev.steward.service.campaign.CampaignReports;
import dev.steward.service.campaign.CampaignService;
import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignScope;
import dev.steward.model.campaign.DeciderRule;
import dev.steward.model.campaign.Decision;
import dev.steward.model.campaign.Recurrence;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.service.access.Actor;
import dev.steward.service.attestation.AssessedControl;
import dev.steward.service.discovery.DiscoveryService;
import dev.steward.service.transfer.ImportMode;
import dev.steward.model.discovery.DiscoveryReport;
import dev.steward.model.discovery.DiscoverySource;
import dev.steward.model.discovery.Finding;
import dev.steward.model.discovery.SourceRef;
import dev.steward.service.transfer.ImportPlan;
import dev.steward.service.transfer.ImportRefusedException;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.storage.AuditLog;
import dev.steward.storage.StoredAttestation;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;
import dev.steward.testing.TestUsers;
import dev.steward.testing.TextColumnSearch;

import dev.steward.model.access.Role;
import java.nio.file.Path;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.classification.ControlId;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.csv.RegisterCsvFile;
import dev.steward.model.csv.RegisterCsvFormat;
import dev.steward.model.csv.RegisterCsvRow;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.Person;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import dev.steward.model.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/// Every text column of the schema, read from INFORMATION_SCHEMA, is either written through a service that
/// refuses secrets (proved here by storing a marker through that path and then failing to store a fake key
/// through it), or is explicitly exempt with the reason. A new text column fails
/// {@link #everyTextColumnIsAccountedFor} until someone decides which it is.
///
/// After each refusal the whole database is searched: the key must be in no text column at all, so copies
/// (audit values, search terms, snapshots) cannot hold it either.
class TextColumnsRefuseSecretsTest extends AttestationFixture {
    /// The key the walkthrough typed into the wizard's note field (AWS's documented example ID).
    static final String AWS_KEY = "AKIA" + "IOSFODNN7EXAMPLE";
    /// Usernames are stored in lower case, where an AWS key ID no longer has its shape.
    static final String GITHUB_TOKEN = "ghp_" + "qm7xz2lp9rt4kw8vn3bc6hy1jd5fg0sa7ue2";

    /// Writes `value` into one column through a real service path.
    @FunctionalInterface
    interface Writer {
        void write(TextColumnsRefuseSecretsTest t, String value);
    }

    /// How one column is kept free of secrets.
    sealed interface Guard permits Checked, Exempt {
    }

    /// Written by `writer`, which must refuse the secret with a message naming the field as `label` says.
    record Checked(String label, String secret, Writer writer) implements Guard {
        Checked(String label, Writer writer) {
            this(label, AWS_KEY, writer);
        }
    }

    /// Never holds text a person typed, for the reason given.
    record Exempt(String reason) implements Guard {
    }

    static final String ENUM = "an enum constant's name, parsed back into the enum";
    static final String ACTOR = "the acting account's username, checked when the account was created";
    static final String HASH = "a hash, hex digits computed by Steward";
    static final String DERIVED = "derived from columns checked here (found by the whole-database search)";

    static final Map<String, Guard> COLUMNS = new TreeMap<>(Map.ofEntries(
            Map.entry("PERSON.NAME", new Checked("name", (t, v) -> t.savePerson(v, null, null, null))),
            Map.entry("PERSON.EMAIL", new Checked("email", (t, v) -> t.savePerson("Probe", v + "@example.com", null, null))),
            Map.entry("PERSON.TITLE", new Checked("title", (t, v) -> t.savePerson("Probe", null, v, null))),
            Map.entry("PERSON.DEPARTMENT", new Checked("department", (t, v) -> t.savePerson("Probe", null, null, v))),

            Map.entry("INTEGRATION.NAME", new Checked("name", (t, v) -> t.create(Part.NAME, v))),
            Map.entry("INTEGRATION.PURPOSE", new Checked("purpose", (t, v) -> t.create(Part.PURPOSE, v))),
            Map.entry("INTEGRATION.VENDOR", new Checked("vendor", (t, v) -> t.create(Part.VENDOR, v))),
            Map.entry("INTEGRATION.REVOCATION_KILL_SWITCH", new Checked("revocation.killSwitch",
                    (t, v) -> t.create(Part.KILL_SWITCH, v))),
            Map.entry("INTEGRATION.REVOCATION_AUTHORISED_BY", new Checked("revocation.authorisedBy",
                    (t, v) -> t.create(Part.AUTHORISED_BY, v))),
            Map.entry("INTEGRATION.REVOCATION_STEPS", new Checked("revocation.steps",
                    (t, v) -> t.create(Part.STEPS, v))),
            Map.entry("INTEGRATION.REVOCATION_IMPACT", new Checked("revocation.impact",
                    (t, v) -> t.create(Part.IMPACT, v))),
            Map.entry("INTEGRATION.KIND", new Exempt(ENUM)),
            Map.entry("INTEGRATION.PIPELINE_ROLE", new Exempt(ENUM)),
            Map.entry("INTEGRATION.STATUS", new Exempt(ENUM)),
            Map.entry("INTEGRATION.REVOCATION_LAST_RESULT", new Exempt(ENUM)),
            Map.entry("INTEGRATION.LATEST_VERDICT", new Exempt(ENUM)),
            Map.entry("INTEGRATION.LATEST_RISK_TIER", new Exempt(ENUM)),
            Map.entry("INTEGRATION.CREATED_BY", new Exempt(ACTOR)),
            Map.entry("INTEGRATION.UPDATED_BY", new Exempt(ACTOR)),
            Map.entry("INTEGRATION_ENVIRONMENT.ENVIRONMENT", new Exempt(ENUM)),
            Map.entry("INTEGRATION_DATA_ACCESS.SYSTEM_NAME", new Checked("dataAccess[3].system",
                    (t, v) -> t.create(Part.DATA_SYSTEM, v))),
            Map.entry("INTEGRATION_DATA_ACCESS.ACCESS_LEVEL", new Exempt(ENUM)),
            Map.entry("INTEGRATION_TOOL.NAME", new Checked("tools[3].name", (t, v) -> t.create(Part.TOOL, v))),
            Map.entry("INTEGRATION_TOOL.TOOL_TYPE", new Exempt(ENUM)),
            Map.entry("INTEGRATION_AGENT_LINK.AGENT_NAME", new Checked("agentLinks[2].agent",
                    (t, v) -> t.create(Part.AGENT, v))),
            Map.entry("INTEGRATION_AGENT_LINK.DIRECTION", new Exempt(ENUM)),
            Map.entry("INTEGRATION_CREDENTIAL.LABEL", new Checked("credentials[3].label",
                    (t, v) -> t.create(Part.CREDENTIAL, v))),
            Map.entry("INTEGRATION_CREDENTIAL.CREDENTIAL_TYPE", new Exempt(ENUM)),
            Map.entry("INTEGRATION_CREDENTIAL.STORED_IN", new Exempt(ENUM)),
            Map.entry("INTEGRATION_SEARCH_TERM.WORDS", new Exempt(DERIVED + ": words of the integration's text")),

            Map.entry("CLASSIFICATION.ANSWERS", new Checked("Anything else a reviewer should know?",
                    (t, v) -> t.classifyWithNote(v))),
            Map.entry("CLASSIFICATION.QUESTIONNAIRE_VERSION", new Exempt("the built-in questionnaire's version")),
            Map.entry("CLASSIFICATION.VERDICT", new Exempt(ENUM)),
            Map.entry("CLASSIFICATION.AUTONOMY_LEVEL", new Exempt(ENUM)),
            Map.entry("CLASSIFICATION.RISK_TIER", new Exempt(ENUM)),
            Map.entry("CLASSIFICATION.REQUIRED_CONTROLS", new Exempt("control codes of the built-in catalogue")),
            Map.entry("CLASSIFICATION.TRACE", new Exempt(DERIVED + ": the rules' own text and the checked answers")),
            Map.entry("CLASSIFICATION.ESCALATION_REASONS", new Exempt(DERIVED + ": written by the engine")),
            Map.entry("CLASSIFICATION.CLASSIFIED_BY", new Exempt(ACTOR)),

            Map.entry("APP_USER.USERNAME", new Checked("The username", GITHUB_TOKEN, (t, v) -> t.createUser(v, "Probe", null))),
            Map.entry("APP_USER.DISPLAY_NAME", new Checked("The full name", (t, v) -> t.createUser("probe", v, null))),
            Map.entry("APP_USER.TITLE", new Checked("The job title", (t, v) -> t.createUser("probe", "Probe", v))),
            Map.entry("APP_USER.PASSWORD_HASH", new Exempt(HASH + " (PBKDF2 of the password)")),
            Map.entry("APP_USER.ROLES", new Exempt(ENUM + "s, joined with ','")),
            Map.entry("APP_USER.PUBLIC_KEY", new Exempt("a public key Steward generated; public by design")),
            Map.entry("APP_USER.ENCRYPTED_PRIVATE_KEY", new Exempt("the user's own signing key, generated by "
                    + "Steward and stored only encrypted under their passphrase: Steward's key material, not typed text")),
            Map.entry("APP_USER.KEY_FINGERPRINT", new Exempt(HASH)),
            Map.entry("SIGNING_KEY.USERNAME", new Exempt(ACTOR)),
            Map.entry("SIGNING_KEY.PUBLIC_KEY", new Exempt("a public key Steward generated; public by design")),
            Map.entry("SIGNING_KEY.FINGERPRINT", new Exempt(HASH)),

            Map.entry("CONTROL_ASSESSMENT.JUSTIFICATION", new Checked("The justification",
                    (t, v) -> t.assess(AssessmentStatus.NOT_APPLICABLE, v, null))),
            Map.entry("CONTROL_ASSESSMENT.NOTES", new Checked("The notes",
                    (t, v) -> t.assess(AssessmentStatus.IMPLEMENTED, null, v))),
            Map.entry("CONTROL_ASSESSMENT.CONTROL_ID", new Exempt("a control code of the built-in catalogue")),
            Map.entry("CONTROL_ASSESSMENT.STATUS", new Exempt(ENUM)),
            Map.entry("CONTROL_ASSESSMENT.ASSESSED_BY", new Exempt(ACTOR)),
            Map.entry("EVIDENCE.FILE_NAME", new Checked("The evidence file name",
                    (t, v) -> t.attach(v + ".pdf", "application/pdf", null))),
            Map.entry("EVIDENCE.MEDIA_TYPE", new Checked("The evidence media type",
                    (t, v) -> t.attach("probe.pdf", "application/" + v, null))),
            Map.entry("EVIDENCE.NOTE", new Checked("The evidence note",
                    (t, v) -> t.attach("probe.pdf", "application/pdf", v))),
            Map.entry("EVIDENCE.CONTROL_ID", new Exempt("a control code of the built-in catalogue")),
            Map.entry("EVIDENCE.SHA256", new Exempt(HASH + " of the file")),
            Map.entry("EVIDENCE.UPLOADED_BY", new Exempt(ACTOR)),

            Map.entry("ATTESTATION.RETURN_COMMENT", new Checked("The return comment", (t, v) -> t.returnWith(v))),
            Map.entry("ATTESTATION.STATE", new Exempt(ENUM)),
            Map.entry("ATTESTATION.CREATED_BY", new Exempt(ACTOR)),
            Map.entry("ATTESTATION.SUBMITTED_BY", new Exempt(ACTOR)),
            Map.entry("ATTESTATION.RETURNED_BY", new Exempt(ACTOR)),
            Map.entry("ATTESTATION.SIGNED_BY", new Exempt(ACTOR)),
            Map.entry("ATTESTATION.SNAPSHOT", new Exempt(DERIVED + ": JSON of the integration, classification, "
                    + "assessments and evidence")),
            Map.entry("ATTESTATION.SNAPSHOT_SHA256", new Exempt(HASH)),
            Map.entry("ATTESTATION.SIGNATURE", new Exempt("an Ed25519 signature Steward computed")),
            Map.entry("ATTESTATION.SIGNER_NAME", new Exempt(DERIVED + ": APP_USER.DISPLAY_NAME")),
            Map.entry("ATTESTATION.SIGNER_TITLE", new Exempt(DERIVED + ": APP_USER.TITLE")),
            Map.entry("ATTESTATION.STALE_REASONS", new Exempt(DERIVED + ": change descriptions Steward writes")),

            Map.entry("SETTING.SETTING_VALUE", new Checked("organisation name", (t, v) -> t.organisation(v))),
            Map.entry("SETTING.SETTING_KEY", new Exempt("a constant of SettingsService")),
            Map.entry("SETTING.UPDATED_BY", new Exempt(ACTOR)),

            Map.entry("AUDIT_EVENT.OLD_VALUE", new Exempt(DERIVED + ": the values written to the columns above")),
            Map.entry("AUDIT_EVENT.NEW_VALUE", new Exempt(DERIVED + ": the values written to the columns above")),
            Map.entry("AUDIT_EVENT.ACTOR", new Exempt(ACTOR)),
            Map.entry("AUDIT_EVENT.ENTITY_TYPE", new Exempt("a constant of AuditLog")),
            Map.entry("AUDIT_EVENT.ACTION", new Exempt("a constant of AuditLog")),
            Map.entry("AUDIT_EVENT.FIELD", new Exempt("a field name Steward writes")),
            Map.entry("AUDIT_EVENT.PREV_HASH", new Exempt(HASH)),
            Map.entry("AUDIT_CHECKPOINT.HEAD_HASH", new Exempt(HASH + " (the audit chain's head)")),
            Map.entry("AUDIT_CHECKPOINT.FINGERPRINT", new Exempt(HASH + " (of the signing key)")),
            Map.entry("AUDIT_CHECKPOINT.SIGNED_BY", new Exempt(ACTOR)),
            Map.entry("AUDIT_CHECKPOINT.REASON", new Exempt("a constant of AuditCheckpoints")),
            Map.entry("AUDIT_HEAD.HASH", new Exempt(HASH + " (the newest audit event's)")),
            Map.entry("IMPORT_BATCH.STATE", new Exempt("a constant of ImportBatches")),
            Map.entry("IMPORT_BATCH.SOURCE", new Exempt("the path of the imported file, as the file dialog or --file named it")),
            Map.entry("IMPORT_BATCH.STARTED_BY", new Exempt(ACTOR)),
            Map.entry("DASHBOARD_TALLY.TALLY_KEY", new Exempt("a key DashboardTally builds from enum constants (a kind of gap, a status, verdict and tier)")),
            Map.entry("DASHBOARD_GAP.KIND", new Exempt("a GapKind constant")),
            Map.entry("DASHBOARD_GAP.NAME", new Exempt(DERIVED + ": INTEGRATION.NAME")),
            Map.entry("AUDIT_CHECKPOINT.CHECKPOINT", new Exempt("canonical JSON Steward writes of the columns above and a signature")),
            Map.entry("AUDIT_EVENT.HASH", new Exempt(HASH)),

            Map.entry("DISCOVERED_FINDING.FINDING_KEY", new Checked("The finding's key",
                    (t, v) -> t.discover(FindingPart.KEY, v))),
            Map.entry("DISCOVERED_FINDING.NAME", new Checked("The finding's name", (t, v) -> t.discover(FindingPart.NAME, v))),
            Map.entry("DISCOVERED_FINDING.CONTENT", new Checked("Tool 1", (t, v) -> t.discover(FindingPart.TOOL, v))),
            Map.entry("DISCOVERED_FINDING.DISMISSED_REASON", new Checked("The reason", (t, v) -> t.dismissWith(v))),
            Map.entry("DISCOVERED_FINDING.CHANGES", new Exempt(DERIVED + ": the finding's tools, systems and credentials")),
            Map.entry("DISCOVERED_FINDING.DISMISSED_ORIGINS", new Exempt(DERIVED + ": the finding's sources")),
            Map.entry("DISCOVERED_FINDING.KIND", new Exempt(ENUM)),
            Map.entry("DISCOVERED_FINDING.STATUS", new Exempt(ENUM)),
            Map.entry("DISCOVERED_FINDING.FINGERPRINT", new Exempt(HASH + " of the finding")),
            Map.entry("DISCOVERED_FINDING.DISMISSED_FINGERPRINT", new Exempt(HASH + " of the finding")),
            Map.entry("DISCOVERED_FINDING.LAST_SEEN_BY", new Exempt(ACTOR)),
            Map.entry("DISCOVERED_FINDING.DISMISSED_BY", new Exempt(ACTOR)),
            Map.entry("CAMPAIGN.NAME", new Checked("The campaign name", (t, v) -> t.campaign("Probe " + v, Set.of(), ""))),
            Map.entry("CAMPAIGN.SCOPE_VENDORS", new Checked("The vendors",
                    (t, v) -> t.campaign("Vendors", Set.of(t.integration.vendor(), v), ""))),
            Map.entry("CAMPAIGN.SCOPE_SEARCH", new Checked("The saved search", (t, v) -> t.searchCampaign(v))),
            Map.entry("CAMPAIGN.SCOPE_TIERS", new Exempt(ENUM + "s, joined with ','")),
            Map.entry("CAMPAIGN.SCOPE_KINDS", new Exempt(ENUM + "s, joined with ','")),
            Map.entry("CAMPAIGN.SCOPE_STATUSES", new Exempt(ENUM + "s, joined with ','")),
            Map.entry("CAMPAIGN.SCOPE_ENVIRONMENTS", new Exempt(ENUM + "s, joined with ','")),
            Map.entry("CAMPAIGN.RECURRENCE", new Exempt(ENUM)),
            Map.entry("CAMPAIGN.DECIDER_RULE", new Exempt(ENUM)),
            Map.entry("CAMPAIGN.STATUS", new Exempt(ENUM)),
            Map.entry("CAMPAIGN.MANAGER", new Exempt(ACTOR)),
            Map.entry("CAMPAIGN.REPORT", new Exempt(DERIVED + ": JSON of the campaign and its items")),
            Map.entry("CAMPAIGN.REPORT_SIGNATURE", new Exempt("an Ed25519 signature block Steward computed")),
            Map.entry("CAMPAIGN_ITEM.JUSTIFICATION", new Checked("The justification", (t, v) -> t.decide(v))),
            Map.entry("CAMPAIGN_ITEM.INTEGRATION_NAME", new Exempt(DERIVED + ": INTEGRATION.NAME")),
            Map.entry("CAMPAIGN_ITEM.DECISION", new Exempt(ENUM)),
            Map.entry("CAMPAIGN_ITEM.DECIDED_BY", new Exempt(ACTOR)),
            Map.entry("REVOCATION_TASK.DRILL_NOTES", new Checked("The drill notes", (t, v) -> t.drill(v))),
            Map.entry("REVOCATION_TASK.KILL_SWITCH", new Exempt(DERIVED + ": INTEGRATION.REVOCATION_KILL_SWITCH")),
            Map.entry("REVOCATION_TASK.STEPS", new Exempt(DERIVED + ": INTEGRATION.REVOCATION_STEPS")),
            Map.entry("REVOCATION_TASK.DRILL_RESULT", new Exempt(ENUM)),
            Map.entry("REVOCATION_TASK.CREATED_BY", new Exempt(ACTOR)),
            Map.entry("REVOCATION_TASK.DRILL_RECORDED_BY", new Exempt(ACTOR)),
            Map.entry("SUCCESSION_PROPOSAL.OWNER_ROLE", new Exempt(ENUM)),
            Map.entry("SUCCESSION_PROPOSAL.BASIS", new Exempt(ENUM)),
            Map.entry("SUCCESSION_PROPOSAL.PROPOSED_BY", new Exempt(ACTOR)),
            Map.entry("SUCCESSION_PROPOSAL.CONFIRMED_BY", new Exempt(ACTOR))));

    List<String> textColumns() {
        return TextColumnSearch.textColumns(db);
    }

    @Test
    void everyTextColumnIsAccountedFor() {
        assertThat(new TreeSet<>(textColumns()))
                .as("every text column needs an entry in COLUMNS: a service path that refuses secrets, or a reason")
                .isEqualTo(COLUMNS.keySet());
    }

    static Stream<String> checkedColumns() {
        return COLUMNS.entrySet().stream().filter(e -> e.getValue() instanceof Checked).map(Map.Entry::getKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkedColumns")
    void theServicePathIntoTheColumnRefusesASecret(String column) {
        Checked guard = (Checked) COLUMNS.get(column);
        String marker = "probe" + Math.abs(column.hashCode());
        guard.writer().write(this, marker);
        assertThat(count(column, marker)).as("the path writes %s", column).isPositive();

        Throwable refused = catchThrowable(() -> guard.writer().write(this, guard.secret()));

        assertThat(refused).as("storing a secret in %s", column)
                .isInstanceOfAny(ValidationException.class, IllegalArgumentException.class);
        assertThat(refused.getMessage()).contains(guard.label()).containsIgnoringCase("looks like");
        for (String anywhere : textColumns()) {
            assertThat(count(anywhere, guard.secret())).as("the secret in %s", anywhere).isZero();
        }
    }

    @Test
    void aHandBuiltImportPlanCannotSkipTheCheck() {
        Integration leaky = TestRegisters.minimal("Leaky agent", dev.steward.model.register.IntegrationKind.MCP_SERVER);
        leaky = new Integration(0, 0, leaky.name(), "Uses " + AWS_KEY, leaky.vendor(), leaky.kind(), null,
                leaky.environments(), leaky.status(), null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null);
        // a plan that claims the file is clean: execute reads and checks the file again, so the claim is no way in
        Path csv = dir.resolve("hand-built.csv");
        try (var out = java.nio.file.Files.newOutputStream(csv)) {
            new dev.steward.model.csv.RegisterCsvWriter(new dev.steward.model.csv.PersonDirectory(List.of()))
                    .write(List.of(leaky), out, false, ProgressMonitor.NONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String sha256;
        try {
            sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(csv)));
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ImportPlan plan = new ImportPlan(csv, sha256, RegisterCsvFormat.columns(), List.of(), 1, 1, List.of(), 0);
        RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());

        Throwable refused = catchThrowable(() -> importer.execute(plan, ImportMode.ALL_OR_NOTHING, null,
                ProgressMonitor.NONE));

        assertThat(refused).isInstanceOf(ImportRefusedException.class).hasMessageContaining("AWS access key ID");
        for (String anywhere : textColumns()) {
            assertThat(count(anywhere, AWS_KEY)).as("the secret in %s", anywhere).isZero();
        }
    }

    private int count(String column, String text) {
        return TextColumnSearch.count(db, column, text);
    }

    // ---- writer paths ----------------------------------------------------------------------------------------

    void savePerson(String name, String email, String title, String department) {
        service.savePerson(Person.draft(name, email, title, department));
    }

    enum Part { NAME, PURPOSE, VENDOR, KILL_SWITCH, AUTHORISED_BY, STEPS, IMPACT, DATA_SYSTEM, TOOL, AGENT, CREDENTIAL }

    /// A new integration through RegisterService.create with `value` in one part.
    void create(Part part, String value) {
        Integration i = TestRegisters.fullyFilled("Probe agent " + part + " " + value.length(), ana.id(), ben.id(),
                List.of(chloe.id()));
        RevocationPath r = i.revocation();
        String name = part == Part.NAME ? value : i.name();
        String purpose = part == Part.PURPOSE ? value : i.purpose();
        String vendor = part == Part.VENDOR ? value : i.vendor();
        RevocationPath revocation = new RevocationPath(part == Part.KILL_SWITCH ? value : r.killSwitch(),
                part == Part.AUTHORISED_BY ? value : r.authorisedBy(), part == Part.STEPS ? value : r.steps(),
                r.targetTime(), r.lastTested(), r.lastResult(), part == Part.IMPACT ? value : r.impact());
        List<DataAccess> data = plus(i.dataAccess(), part == Part.DATA_SYSTEM ? new DataAccess(value, AccessLevel.READ) : null);
        List<ToolAccess> tools = plus(i.tools(), part == Part.TOOL ? new ToolAccess(value, ToolType.API) : null);
        List<AgentLink> links = plus(i.agentLinks(),
                part == Part.AGENT ? new AgentLink(LinkDirection.UPSTREAM, value, false) : null);
        List<Credential> credentials = plus(i.credentials(), part == Part.CREDENTIAL ? new Credential(value,
                CredentialType.STATIC_API_KEY, SecretStorage.SECRETS_MANAGER, null, null, null) : null);
        service.create(new Integration(0, 0, name, purpose, vendor, i.kind(), i.pipelineRole(), i.environments(),
                i.status(), i.sponsorId(), i.technicalOwnerId(), i.backupOwnerIds(), data, tools, links, credentials,
                revocation, i.nextReview(), null, null));
    }

    private static <T> List<T> plus(List<T> list, T extra) {
        List<T> all = new ArrayList<>(list);
        if (extra != null) {
            all.add(extra);
        }
        return all;
    }

    void classifyWithNote(String note) {
        Integration current = service.integration(integration.id()).orElseThrow();
        service.classify(current.id(), current.version(), TestAnswers.with(TestAnswers.readOnlyCopilot(), "notes", note));
    }

    void createUser(String username, String displayName, String title) {
        User root = users.user("root").orElseThrow();
        users.createUser(root, username + (users.user(username).isPresent() ? "2" : ""), displayName, title,
                Set.of(Role.AUDITOR), TestUsers.PASSWORD.toCharArray());
    }

    private AssessedControl firstControl() {
        return as(rita).assessments(integration.id()).getFirst();
    }

    void assess(AssessmentStatus status, String justification, String notes) {
        AssessedControl control = firstControl();
        as(rita).saveAssessment(integration.id(), control.applicable().control().id(), status, justification, notes,
                control.version());
    }

    void attach(String fileName, String mediaType, String note) {
        ControlId control = firstControl().applicable().control().id();
        as(rita).attachEvidence(integration.id(), control, "evidence".getBytes(StandardCharsets.UTF_8), fileName,
                mediaType, LocalDate.of(2026, 3, 1), note);
    }

    private StoredAttestation submitted;

    void returnWith(String comment) {
        if (submitted == null) {
            submitted = submittedBy(rita);
        }
        as(max).returnToReviewer(submitted.id(), comment);
        // Back to submitted for the next attempt: the reviewer submits again.
        as(rita).submit(integration.id());
    }

    enum FindingPart { KEY, NAME, TOOL }

    /// A discovery run of one finding with `value` in one part, through DiscoveryService.reconcile.
    long discover(FindingPart part, String value) {
        String key = part == FindingPart.KEY ? value : "probe:" + part + value.length();
        String name = part == FindingPart.NAME ? value : "Probe finding";
        Finding finding = new Finding(key, name, null, dev.steward.model.register.IntegrationKind.MCP_SERVER,
                part == FindingPart.TOOL ? List.of(new ToolAccess(value, ToolType.TOOL)) : List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(),
                List.of(new SourceRef(DiscoverySource.CURSOR, "/home/probe/.cursor/mcp.json", "$.mcpServers.probe")), null);
        return discovery().reconcile(new DiscoveryReport(List.of(finding), List.of(), List.of()), false)
                .findings().getFirst().id();
    }

    void dismissWith(String reason) {
        discovery().dismiss(discover(FindingPart.NAME, "Dismissable"), reason);
    }

    private DiscoveryService discovery() {
        return new DiscoveryService(db, Actor.system(() -> "rita"), Clock.systemUTC(), service);
    }

    private CampaignService campaigns() {
        return new CampaignService(db, Actor.signedIn(acting::get), clock, attestations,
                new CampaignReports(new PrivateKeyEncryption(1_000)));
    }

    /// A campaign over the fixture's integration, created by the manager.
    Campaign campaign(String name, Set<String> vendors, String search) {
        acting.set(max);
        return campaigns().create(Campaign.draft(name, new CampaignScope(Set.of(), Set.of(), Set.of(), vendors,
                Set.of(), search), LocalDate.of(2026, 6, 30), Recurrence.NONE, DeciderRule.SPONSOR, null, null, "max"));
    }

    void searchCampaign(String words) {
        try {
            // something for the search to find; a secret is refused here, and the campaign below must refuse it too
            service.create(TestRegisters.fullyFilled("Searched " + words, ana.id(), ben.id(), List.of(chloe.id())));
        } catch (ValidationException refusedHere) {
            // expected for the secret
        }
        campaign("Search", Set.of(), words);
    }

    /// Decides the first item of a fresh campaign, as the reviewer.
    long decide(String justification, Decision decision) {
        long item = campaigns().overview(campaign("Decide", Set.of(), "").id()).items().getFirst().item().id();
        acting.set(rita);
        campaigns().decide(item, decision, justification);
        return item;
    }

    void decide(String justification) {
        decide(justification, Decision.CERTIFY);
    }

    void drill(String notes) {
        decide("Not needed any more.", Decision.REVOKE);
        acting.set(rita);
        long task = campaigns().revocationTasks().getFirst().id();
        campaigns().recordDrill(task, RevocationTestResult.PASSED, notes);
    }

    void organisation(String name) {
        new SettingsService(db, Actor.signedIn(() -> users.user("root").orElseThrow()), Clock.systemUTC())
                .setOrganisationName("Org " + name);
    }
}
