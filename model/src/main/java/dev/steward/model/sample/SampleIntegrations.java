package dev.steward.model.sample;

import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

import static dev.steward.model.register.AccessLevel.ADMIN;
import static dev.steward.model.register.AccessLevel.READ;
import static dev.steward.model.register.AccessLevel.WRITE;
import static dev.steward.model.register.CredentialType.OAUTH_CLIENT_REFRESH_TOKEN;
import static dev.steward.model.register.CredentialType.SERVICE_ACCOUNT_KEY;
import static dev.steward.model.register.CredentialType.SHORT_LIVED_OIDC_TOKEN;
import static dev.steward.model.register.CredentialType.SPIFFE_SVID;
import static dev.steward.model.register.CredentialType.STATIC_API_KEY;
import static dev.steward.model.register.CredentialType.USER_DELEGATED_TOKEN;
import static dev.steward.model.register.DeploymentEnvironment.DEVELOPMENT;
import static dev.steward.model.register.DeploymentEnvironment.PRODUCTION;
import static dev.steward.model.register.DeploymentEnvironment.STAGING;
import static dev.steward.model.register.DeploymentEnvironment.TEST;
import static dev.steward.model.register.IntegrationKind.ASSISTANT_COPILOT;
import static dev.steward.model.register.IntegrationKind.AUTONOMOUS_AGENT;
import static dev.steward.model.register.IntegrationKind.GENAI_PLUGIN_SAAS;
import static dev.steward.model.register.IntegrationKind.LOCAL_MODEL;
import static dev.steward.model.register.IntegrationKind.MCP_SERVER;
import static dev.steward.model.register.IntegrationKind.PIPELINE_COMPONENT;
import static dev.steward.model.register.IntegrationKind.WORKFLOW_AUTOMATION;
import static dev.steward.model.register.LifecycleStatus.ACTIVE;
import static dev.steward.model.register.LifecycleStatus.APPROVED;
import static dev.steward.model.register.LifecycleStatus.IN_REVIEW;
import static dev.steward.model.register.LifecycleStatus.PROPOSED;
import static dev.steward.model.register.LifecycleStatus.RESTRICTED;
import static dev.steward.model.register.LifecycleStatus.RETIRED;
import static dev.steward.model.register.LifecycleStatus.SUSPENDED;
import static dev.steward.model.register.LifecycleStatus.UNDER_REASSESSMENT;
import static dev.steward.model.register.LinkDirection.DOWNSTREAM;
import static dev.steward.model.register.LinkDirection.UPSTREAM;
import static dev.steward.model.register.PipelineRole.EXECUTOR;
import static dev.steward.model.register.PipelineRole.PLANNER;
import static dev.steward.model.register.PipelineRole.VERIFIER;
import static dev.steward.model.register.RevocationTestResult.FAILED;
import static dev.steward.model.register.RevocationTestResult.PARTIAL;
import static dev.steward.model.register.RevocationTestResult.PASSED;
import static dev.steward.model.register.SecretStorage.CONFIG_FILE;
import static dev.steward.model.register.SecretStorage.ENVIRONMENT_VARIABLE;
import static dev.steward.model.register.SecretStorage.SECRETS_MANAGER;
import static dev.steward.model.register.SecretStorage.SOURCE_CODE;
import static dev.steward.model.register.ToolType.API;
import static dev.steward.model.register.ToolType.TOOL;
import static dev.steward.model.sample.SampleRegister.ANA;
import static dev.steward.model.sample.SampleRegister.DANIEL;
import static dev.steward.model.sample.SampleRegister.FATIMA;
import static dev.steward.model.sample.SampleRegister.INGRID;
import static dev.steward.model.sample.SampleRegister.LUKASZ;
import static dev.steward.model.sample.SampleRegister.MATEO;
import static dev.steward.model.sample.SampleRegister.MISAKI;
import static dev.steward.model.sample.SampleRegister.RAHUL;
import static dev.steward.model.sample.SampleRegister.ZOE;

/// The content of the sample register. Names of the pipeline agents are shared constants because the
/// pipeline's links refer to each other by name.
final class SampleIntegrations {
    static final String RELEASE_PLANNER = "Release planner agent";
    static final String RELEASE_EXECUTOR = "Release executor agent";
    static final String RELEASE_VERIFIER = "Release verifier agent";

    private static final String SECURITY_ON_CALL = "Security on-call engineer or the technical owner";
    private static final ToolType MCP = ToolType.MCP_SERVER;

    private final ToLongFunction<String> idOfEmail;
    private final LocalDate today;

    SampleIntegrations(ToLongFunction<String> idOfEmail, LocalDate today) {
        this.idOfEmail = idOfEmail;
        this.today = today;
    }

    List<Integration> all() {
        return List.of(
                invoiceTriageAgent(), prReviewCopilot(), releasePlanner(), releaseExecutor(), releaseVerifier(),
                jiraMcpServer(), confluenceMcpServer(), analyticsMcpServer(), orderFulfilmentWorkflow(),
                leadEnrichmentWorkflow(), officeSuiteCopilot(), contractReviewPlugin(), marketingCopyPlugin(),
                codeCompletionModel(), redactionModel(), supportReplyAssistant(), hrPolicyAssistant(),
                ciFailureTriageAgent(), expenseCheckAgent(), helpdeskChatbot());
    }

    private Integration invoiceTriageAgent() {
        return integration("Invoice triage agent", AUTONOMOUS_AGENT)
                .status(ACTIVE)
                .purpose("Reads supplier invoices arriving in the accounts payable mailbox, matches them to purchase "
                        + "orders and files them in the ERP for approval. Exceptions go to the AP team.")
                .vendor("Built in-house on a hosted large language model")
                .runsIn(STAGING, PRODUCTION)
                .sponsor(ZOE).owner(LUKASZ).backups(MATEO)
                .data("Accounts payable mailbox", READ)
                .data("ERP supplier invoices", WRITE)
                .data("Purchase order history", READ)
                .tool("ERP REST API", API)
                .tool("Document OCR service", API)
                .credential(credential("ERP service account key", SERVICE_ACCOUNT_KEY, SECRETS_MANAGER,
                        Duration.ofDays(90), daysAgo(35), 90))
                .revocation(new RevocationPath(
                        "Disable the service account svc-invoice-triage in the ERP admin console",
                        SECURITY_ON_CALL,
                        "1. Disable the ERP service account. 2. Revoke its key in the secrets manager. "
                                + "3. Scale the agent deployment to zero. 4. Tell the AP team to triage by hand.",
                        Duration.ofMinutes(15), daysAgo(60), PASSED,
                        "Invoices queue for manual triage; payment runs may slip by a day."))
                .nextReview(daysAhead(120))
                .build();
    }

    private Integration prReviewCopilot() {
        return integration("GitHub PR review copilot", ASSISTANT_COPILOT)
                .status(ACTIVE)
                .purpose("Suggests review comments on pull requests and summarises large diffs for reviewers. "
                        + "It comments only; merging stays with people.")
                .vendor("GitHub")
                .runsIn(PRODUCTION)
                .sponsor(LUKASZ).owner(RAHUL).backups(MATEO)
                .data("Application source repositories", READ)
                .data("Pull request comments", WRITE)
                .tool("GitHub REST API", API)
                .credential(credential("Reviewer OAuth grant", USER_DELEGATED_TOKEN, SECRETS_MANAGER,
                        Duration.ofHours(8), null, null))
                .revocation(new RevocationPath(
                        "Suspend the app installation under Organisation settings, GitHub Apps",
                        "Any organisation owner",
                        "Suspend the installation, then revoke outstanding user grants from the same page.",
                        Duration.ofMinutes(30), daysAgo(100), PASSED,
                        "Reviews continue without suggested comments."))
                .nextReview(daysAhead(60))
                .build();
    }

    private Integration releasePlanner() {
        return integration(RELEASE_PLANNER, PIPELINE_COMPONENT)
                .status(ACTIVE).role(PLANNER)
                .purpose("Turns an approved change request into an ordered release plan and hands each step, "
                        + "with a scoped deployment token, to the executor.")
                .vendor("Built in-house")
                .runsIn(STAGING, PRODUCTION)
                .sponsor(LUKASZ).owner(MATEO).backups(RAHUL)
                .data("Change requests", READ)
                .tool("Change management API", API)
                .link(DOWNSTREAM, RELEASE_EXECUTOR, true)
                .credential(credential("Planner workload identity", SPIFFE_SVID, SECRETS_MANAGER,
                        Duration.ofHours(1), null, null))
                .revocation(pipelineRevocation(PASSED))
                .nextReview(daysAhead(90))
                .build();
    }

    private Integration releaseExecutor() {
        return integration(RELEASE_EXECUTOR, PIPELINE_COMPONENT)
                .status(ACTIVE).role(EXECUTOR)
                .purpose("Carries out the release plan: applies manifests to the cluster and triggers syncs. "
                        + "Acts only with the token the planner hands it for that release.")
                .vendor("Built in-house")
                .runsIn(STAGING, PRODUCTION)
                .sponsor(LUKASZ).owner(MATEO).backups(RAHUL)
                .data("Production Kubernetes cluster", ADMIN)
                .tool("Kubernetes API", API)
                .tool("GitOps sync controller", TOOL)
                .link(UPSTREAM, RELEASE_PLANNER, true)
                .link(DOWNSTREAM, RELEASE_VERIFIER, false)
                .credential(credential("Executor workload identity", SPIFFE_SVID, SECRETS_MANAGER,
                        Duration.ofHours(1), null, null))
                .revocation(pipelineRevocation(PASSED))
                .nextReview(daysAhead(90))
                .build();
    }

    private Integration releaseVerifier() {
        return integration(RELEASE_VERIFIER, PIPELINE_COMPONENT)
                .status(RESTRICTED).role(VERIFIER)
                .purpose("Checks health signals after each release and reports regressions. Restricted to staging "
                        + "while its false alarm rate is investigated.")
                .vendor("Built in-house")
                .runsIn(STAGING)
                .sponsor(LUKASZ).owner(MATEO)
                .data("Service metrics and logs", READ)
                .tool("Observability query API", API)
                .link(UPSTREAM, RELEASE_EXECUTOR, false)
                .credential(credential("Verifier workload identity", SPIFFE_SVID, SECRETS_MANAGER,
                        Duration.ofHours(1), null, null))
                .revocation(pipelineRevocation(PARTIAL))
                .nextReview(daysAhead(30))
                .build();
    }

    private RevocationPath pipelineRevocation(RevocationTestResult lastResult) {
        return new RevocationPath(
                "Delete the release pipeline registration entries on the SPIRE server",
                SECURITY_ON_CALL + " or the release manager",
                "1. Delete the registration entries for the pipeline. 2. Wait for issued identities to expire "
                        + "(one hour at most). 3. Pause the pipeline in the change management tool.",
                Duration.ofHours(1), daysAgo(45), lastResult,
                "Releases stop until the pipeline is re-registered; manual releases remain possible.");
    }

    // Governance gap: the revocation path is written down but has never been drilled.
    private Integration jiraMcpServer() {
        return integration("Jira MCP server", MCP_SERVER)
                .status(ACTIVE)
                .purpose("Exposes Jira search, issue creation and comments to approved assistants over the "
                        + "Model Context Protocol.")
                .vendor("Open-source server, self-hosted")
                .runsIn(PRODUCTION)
                .sponsor(ANA).owner(RAHUL).backups(LUKASZ)
                .data("Jira projects", WRITE)
                .tool("Jira Cloud REST API", API)
                .credential(credential("Jira OAuth client", OAUTH_CLIENT_REFRESH_TOKEN, SECRETS_MANAGER,
                        Duration.ofDays(90), daysAgo(20), 90))
                .revocation(new RevocationPath(
                        "Revoke the OAuth app under Jira administration, Connected apps",
                        "Jira administrators",
                        "Revoke the app, then stop the MCP server container.",
                        Duration.ofMinutes(30), null, null,
                        "Assistants lose Jira access; tickets are handled by hand."))
                .nextReview(daysAhead(45))
                .build();
    }

    // Governance gap: the last revocation drill failed, and the token sits in a config file.
    private Integration confluenceMcpServer() {
        return integration("Confluence search MCP server", MCP_SERVER)
                .status(UNDER_REASSESSMENT)
                .purpose("Lets internal assistants search and quote Confluence pages. Under reassessment after "
                        + "the last revocation drill left it able to read pages for two hours.")
                .vendor("Open-source server, self-hosted")
                .runsIn(TEST, PRODUCTION)
                .sponsor(ANA).owner(RAHUL)
                .data("Confluence spaces", READ)
                .tool("Confluence REST API", API)
                .credential(credential("Confluence API token", STATIC_API_KEY, CONFIG_FILE,
                        Duration.ofDays(365), daysAgo(200), 180))
                .revocation(new RevocationPath(
                        "Revoke the API token on the service user's Atlassian profile",
                        "Confluence administrators",
                        "Revoke the token, then restart the server so that cached sessions are dropped.",
                        Duration.ofMinutes(30), daysAgo(14), FAILED,
                        "Assistants can no longer cite internal documentation."))
                .nextReview(daysAhead(14))
                .build();
    }

    // Governance gap: proposed without a business sponsor.
    private Integration analyticsMcpServer() {
        return integration("Postgres analytics MCP server", MCP_SERVER)
                .status(PROPOSED)
                .purpose("Would let analysts ask questions of the reporting warehouse in plain language through "
                        + "read-only SQL. Needs a sponsor before it can go to review.")
                .runsIn(DEVELOPMENT)
                .owner(RAHUL)
                .data("Reporting warehouse", READ)
                .tool("Warehouse SQL endpoint", TOOL)
                .build();
    }

    // Governance gap: a never-expiring static key in an environment variable, rotation long overdue.
    private Integration orderFulfilmentWorkflow() {
        return integration("Order fulfilment workflow", WORKFLOW_AUTOMATION)
                .status(ACTIVE)
                .purpose("Workflow engine flow that classifies incoming web shop orders with a language model and "
                        + "routes them to the right warehouse.")
                .vendor("Self-hosted workflow engine")
                .runsIn(PRODUCTION)
                .sponsor(INGRID).owner(MATEO).backups(LUKASZ)
                .data("Web shop orders", WRITE)
                .data("Warehouse stock levels", READ)
                .tool("Web shop admin API", API)
                .tool("Warehouse routing API", API)
                .credential(credential("Web shop admin API key", STATIC_API_KEY, ENVIRONMENT_VARIABLE,
                        null, daysAgo(400), 90))
                .revocation(new RevocationPath(
                        "Delete the API key in the web shop admin panel, Apps and keys",
                        "Sales operations lead or the security on-call engineer",
                        "Delete the key, then deactivate the workflow in the engine's editor.",
                        Duration.ofHours(1), daysAgo(150), PASSED,
                        "Orders wait in the web shop until routed by hand."))
                .nextReview(daysAhead(20))
                .build();
    }

    // Governance gap: the technical owner has left the organisation.
    private Integration leadEnrichmentWorkflow() {
        return integration("Lead enrichment automation", WORKFLOW_AUTOMATION)
                .status(APPROVED)
                .purpose("Enriches new CRM leads with a company summary drafted by a language model from public "
                        + "web pages. Approved but not yet switched on.")
                .vendor("Integration platform as a service")
                .runsIn(STAGING)
                .sponsor(INGRID).owner(DANIEL)
                .data("CRM leads", WRITE)
                .tool("CRM REST API", API)
                .credential(credential("CRM OAuth client", OAUTH_CLIENT_REFRESH_TOKEN, SECRETS_MANAGER,
                        Duration.ofDays(180), daysAgo(90), 180))
                .revocation(new RevocationPath(
                        "Disable the connected app in the CRM setup pages",
                        "CRM administrators",
                        "Disable the connected app and pause the automation.",
                        Duration.ofHours(4), daysAgo(75), PASSED,
                        "New leads arrive without a company summary."))
                .nextReview(daysAhead(30))
                .build();
    }

    private Integration officeSuiteCopilot() {
        return integration("Office suite copilot", GENAI_PLUGIN_SAAS)
                .status(ACTIVE)
                .purpose("Vendor-run assistant inside the office suite that drafts documents and summarises mail "
                        + "and meetings, with the signed-in user's own permissions.")
                .vendor("Office suite vendor (SaaS)")
                .runsIn(PRODUCTION)
                .sponsor(ANA).owner(LUKASZ).backups(MATEO, RAHUL)
                .data("Mailboxes and calendars", READ)
                .data("Shared documents", WRITE)
                .credential(credential("Signed-in user session", USER_DELEGATED_TOKEN, SECRETS_MANAGER,
                        Duration.ofHours(1), null, null))
                .revocation(new RevocationPath(
                        "Unassign the copilot licence group in the identity provider",
                        "Identity administrators",
                        "Remove the licence group assignment; sessions end within an hour.",
                        Duration.ofHours(2), daysAgo(120), PASSED,
                        "Staff lose drafting and summary features; documents are unaffected."))
                .nextReview(daysAhead(150))
                .build();
    }

    // Governance gap: the business sponsor has left the organisation.
    private Integration contractReviewPlugin() {
        return integration("Contract clause review plug-in", GENAI_PLUGIN_SAAS)
                .status(IN_REVIEW)
                .purpose("SaaS plug-in for the contract management system that flags unusual clauses against "
                        + "the legal playbook. Legal wants it for supplier contracts.")
                .vendor("Contract analytics start-up (SaaS)")
                .runsIn(TEST)
                .sponsor(DANIEL).owner(RAHUL)
                .data("Supplier contracts", READ)
                .credential(credential("Contract system API key", STATIC_API_KEY, SECRETS_MANAGER,
                        Duration.ofDays(90), daysAgo(10), 90))
                .nextReview(daysAhead(30))
                .build();
    }

    private Integration marketingCopyPlugin() {
        return integration("Marketing copy generator", GENAI_PLUGIN_SAAS)
                .status(PROPOSED)
                .purpose("Browser plug-in that drafts campaign copy in the house style. Marketing asked for a "
                        + "trial; no company data would be shared during it.")
                .vendor("Copywriting SaaS vendor")
                .sponsor(INGRID)
                .build();
    }

    private Integration codeCompletionModel() {
        return integration("Local code completion model", LOCAL_MODEL)
                .status(ACTIVE)
                .purpose("Open-weight code model that runs entirely on developer laptops. It has no network "
                        + "access, reaches no systems and needs no credentials.")
                .vendor("Open-weight model, run locally")
                .runsIn(DEVELOPMENT)
                .sponsor(LUKASZ).owner(RAHUL)
                .revocation(new RevocationPath(
                        "Push the removal policy through device management",
                        "Endpoint management team",
                        "Publish the policy that uninstalls the model runtime from managed laptops.",
                        Duration.ofDays(1), daysAgo(180), PASSED,
                        "Developers lose offline code completion."))
                .nextReview(daysAhead(180))
                .build();
    }

    // Suspended because a credential was found committed to source code.
    private Integration redactionModel() {
        return integration("Document redaction model", LOCAL_MODEL)
                .status(SUSPENDED)
                .purpose("Self-hosted model that finds and masks personal data in scanned contracts before they "
                        + "are archived. Suspended after its share credential was found in the repository.")
                .vendor("Fine-tuned open-weight model on an internal GPU server")
                .runsIn(PRODUCTION)
                .sponsor(MISAKI).owner(RAHUL).backups(MATEO)
                .data("Scanned contracts archive", WRITE)
                .credential(credential("Archive share service account", SERVICE_ACCOUNT_KEY, SOURCE_CODE,
                        null, daysAgo(300), null))
                .revocation(new RevocationPath(
                        "Disable the archive share service account in the directory",
                        SECURITY_ON_CALL,
                        "Disable the account, then stop the redaction service on the GPU server.",
                        Duration.ofMinutes(30), daysAgo(9), PASSED,
                        "Scanned contracts are archived without automatic redaction."))
                .nextReview(daysAhead(7))
                .build();
    }

    // Governance gap: active in production with no revocation path at all.
    private Integration supportReplyAssistant() {
        return integration("Support reply drafting assistant", ASSISTANT_COPILOT)
                .status(ACTIVE)
                .purpose("Drafts replies to customer tickets in the agent's language for support staff to edit "
                        + "and send.")
                .vendor("Help desk vendor (SaaS add-on)")
                .runsIn(PRODUCTION)
                .sponsor(FATIMA).owner(LUKASZ)
                .data("Customer support tickets", WRITE)
                .data("Knowledge base articles", READ)
                .credential(credential("Help desk API token", STATIC_API_KEY, SECRETS_MANAGER,
                        Duration.ofDays(180), daysAgo(60), 180))
                .nextReview(daysAhead(60))
                .build();
    }

    // Deliberately read-only, so dashboards have a low-risk comparison.
    private Integration hrPolicyAssistant() {
        return integration("HR policy Q&A assistant", ASSISTANT_COPILOT)
                .status(ACTIVE)
                .purpose("Answers staff questions about leave, travel and expenses from the published HR "
                        + "handbook, with links to the source pages.")
                .vendor("Built in-house on a hosted large language model")
                .runsIn(PRODUCTION)
                .sponsor(MISAKI).owner(MATEO).backups(RAHUL)
                .data("Published HR handbook", READ)
                .tool("Intranet search", TOOL)
                .credential(credential("Intranet search token", SHORT_LIVED_OIDC_TOKEN, SECRETS_MANAGER,
                        Duration.ofMinutes(15), null, null))
                .revocation(new RevocationPath(
                        "Disable the assistant's client in the identity provider",
                        "Identity administrators",
                        "Disable the client; tokens expire within fifteen minutes.",
                        Duration.ofMinutes(15), daysAgo(30), PASSED,
                        "Staff use the handbook search directly."))
                .nextReview(daysAhead(200))
                .build();
    }

    private Integration ciFailureTriageAgent() {
        return integration("CI failure triage agent", AUTONOMOUS_AGENT)
                .status(ACTIVE)
                .purpose("Reads failing build logs, retries known flaky jobs and opens a ticket with a probable "
                        + "cause for the rest.")
                .vendor("Built in-house")
                .runsIn(TEST, STAGING)
                .sponsor(LUKASZ).owner(MATEO).backups(RAHUL)
                .data("Build logs", READ)
                .data("Build pipelines", WRITE)
                .tool("CI server API", API)
                .tool("Jira MCP server", MCP)
                .credential(credential("CI federated identity token", SHORT_LIVED_OIDC_TOKEN, SECRETS_MANAGER,
                        Duration.ofMinutes(15), null, null))
                .revocation(new RevocationPath(
                        "Remove the trust relationship for the CI identity in the cloud console",
                        SECURITY_ON_CALL,
                        "Remove the federated trust, then disable the agent's scheduled job.",
                        Duration.ofMinutes(15), daysAgo(25), PASSED,
                        "Failed builds wait for a person to look at them."))
                .nextReview(daysAhead(90))
                .build();
    }

    private Integration expenseCheckAgent() {
        return integration("Expense receipt checker", AUTONOMOUS_AGENT)
                .status(IN_REVIEW)
                .purpose("Would compare submitted expense receipts with the travel policy and return claims "
                        + "that break it, with the reason, before a manager approves them.")
                .vendor("Built in-house")
                .runsIn(DEVELOPMENT, TEST)
                .sponsor(ZOE).owner(LUKASZ)
                .data("Expense claims", WRITE)
                .data("Receipt images", READ)
                .tool("Expense system API", API)
                .nextReview(daysAhead(21))
                .build();
    }

    private Integration helpdeskChatbot() {
        return integration("IT helpdesk chatbot (legacy)", ASSISTANT_COPILOT)
                .status(RETIRED)
                .purpose("First-generation chatbot for password and laptop questions. Replaced by the service "
                        + "portal assistant; kept for the audit trail.")
                .vendor("Chatbot vendor (SaaS)")
                .data("IT knowledge base", READ)
                .build();
    }

    private IntegrationBuilder integration(String name, IntegrationKind kind) {
        return new IntegrationBuilder(idOfEmail, name, kind);
    }

    private static Credential credential(String label, CredentialType type, SecretStorage storage, Duration lifetime,
                                         LocalDate lastRotated, Integer rotationIntervalDays) {
        return new Credential(label, type, storage, lifetime, lastRotated, rotationIntervalDays);
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    private LocalDate daysAhead(int days) {
        return today.plusDays(days);
    }
}
