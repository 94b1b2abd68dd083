package dev.steward.model.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/// Sample secrets are assembled from pieces so that this file itself never contains a scannable credential,
/// yet every value has the exact shape the real thing has.
class SecretDetectorTest {
    private static final String BASE62_40 = "Qm7Xz2Lp9Rt4Kw8Vn3Bc6Hy1Jd5Fg0Sa7Ue2Io4P";
    private static final String LONG_RANDOM = "a long random-looking string (possible API key or token)";

    static Stream<Arguments> secrets() {
        return Stream.of(
                arguments("AWS access key ID", "AKIA" + "IOSFODNN7EXAMPLE", "an AWS access key ID"),
                arguments("AWS temporary key ID in a sentence",
                        "key id " + "ASIA" + "Q3EGUSRXEXAMPLE2" + " for the role", "an AWS access key ID"),
                arguments("AWS secret key with context",
                        "aws_secret_access_key = " + "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY",
                        "an AWS secret access key"),
                arguments("AWS secret key in JSON",
                        "\"SecretAccessKey\": \"" + "je7MtGbClwBF/2Zp9Utk/" + "h3yCo8nvbEXAMPLEKEY\"",
                        "an AWS secret access key"),
                arguments("GitHub classic token", "ghp_" + BASE62_40.substring(0, 36), "a GitHub token"),
                arguments("GitHub OAuth token", "token gho_" + BASE62_40.substring(2, 38), "a GitHub token"),
                arguments("GitHub user-to-server token", "ghu_" + BASE62_40.substring(1, 37), "a GitHub token"),
                arguments("GitHub server-to-server token", "ghs_" + BASE62_40.substring(3, 39), "a GitHub token"),
                arguments("GitHub refresh token", "ghr_" + BASE62_40.substring(4, 40), "a GitHub token"),
                arguments("GitHub fine-grained token",
                        "github_pat_" + "11ABCDEFG0" + "abcdEFGHijklMNOPqr_" + BASE62_40.substring(0, 30),
                        "a GitHub token"),
                arguments("Slack bot token", "xoxb-" + "1234567890-1234567890123-" + "AbCdEfGhIjKlMnOpQrStUvWx",
                        "a Slack token"),
                arguments("Slack user token", "xoxp-" + "1234567890-0987654321-" + "abcdef123456", "a Slack token"),
                arguments("Slack app token", "xoxa-" + "2-1234567890-abcdef", "a Slack token"),
                arguments("Slack refresh token", "xoxr-" + "1234567890-abcdef", "a Slack token"),
                arguments("Slack legacy token", "xoxs-" + "1234567890-abcdef", "a Slack token"),
                arguments("Slack webhook",
                        "post to https://hooks.slack.com/services/" + "T0000EXAMPLE/B0000EXAMPLE/" + "XXXXexampleXXXX",
                        "a Slack webhook URL"),
                arguments("JWT", "Bearer " + "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiJhZ2VudCJ9"
                        + ".c2lnbmF0dXJlLXNpZ25hdHVyZQ", "a JSON Web Token"),
                arguments("unsigned JWT", "eyJhbGciOiJub25lIn0" + ".eyJzdWIiOiJhZ2VudCJ9" + ".",
                        "a JSON Web Token"),
                arguments("RSA private key", "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA",
                        "a private key block"),
                arguments("PKCS8 private key", "-----BEGIN " + "PRIVATE KEY-----", "a private key block"),
                arguments("OpenSSH private key", "-----BEGIN " + "OPENSSH PRIVATE KEY-----",
                        "a private key block"),
                arguments("EC private key", "-----BEGIN " + "EC PRIVATE KEY-----", "a private key block"),
                arguments("Google API key", "AIza" + "SyD-" + BASE62_40.substring(0, 31), "a Google API key"),
                arguments("OpenAI key", "sk-" + BASE62_40 + "12345678", "an OpenAI-style API key"),
                arguments("OpenAI project key", "sk-proj-" + BASE62_40 + "_x9", "an OpenAI-style API key"),
                arguments("Anthropic key", "sk-ant-" + "api03-" + BASE62_40 + "-AbCd", "an Anthropic API key"),
                arguments("Stripe live secret key", "sk_live_" + BASE62_40.substring(0, 24),
                        "a Stripe secret key"),
                arguments("Stripe live restricted key", "rk_live_" + BASE62_40.substring(5, 29),
                        "a Stripe secret key"),
                arguments("URL with password", "postgres://agent:" + "Hunter2pass" + "@db.internal:5432/app",
                        "a URL with an embedded password"),
                arguments("unknown base62 token", "token " + BASE62_40.substring(0, 32) + " issued by vendor",
                        LONG_RANDOM),
                arguments("unknown base64url token with separators", "Gx7Qm2p-Lr9TzW4k_Vb8NcY3sHd6Jf",
                        LONG_RANDOM),
                arguments("unknown base64 token with padding", "dGhpcyBpcyBub3QgYSByZWFsIHNlY3JldA+/x9Q==",
                        LONG_RANDOM),
                arguments("long hex string", "c0ffee" + "1234567890abcdef" + "fedcba0987654321" + "beef",
                        LONG_RANDOM),
                arguments("hex string inside prose", "hmac key is " + "9f86d081884c7d659a2feaa0c55ad015"
                        + " for now", LONG_RANDOM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void recognisesSecrets(String label, String text, String expectedDescription) {
        assertThat(SecretDetector.scan(text))
                .as(text)
                .hasValueSatisfying(finding -> assertThat(finding.description()).isEqualTo(expectedDescription));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void recognisesSecretsSurroundedByProse(String label, String text, String expectedDescription) {
        String embedded = "Our notes say: " + text + "\nPlease rotate.";
        assertThat(SecretDetector.scan(embedded)).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "Reads supplier invoices and files them in the ERP for approval.",
            "Disable the service account in the admin console, then scale the deployment to zero.",
            "https://vault.example.com/v1/secret/data/agents/invoice-bot",
            "Stored at https://vault.example.com/v1/secret/data/agents/invoice-bot?version=3#latest",
            "/etc/steward/agents/invoice-triage/config.yaml",
            "/opt/Agents/InvoiceBot/config2024/settings.json",
            "C:\\Program Files\\Steward\\AgentRunner\\config\\production.json",
            "src/main/java/dev/steward/model/register/Integration.java",
            "123e4567-e89b-12d3-a456-426614174000",
            "Tenant 123E4567-E89B-12D3-A456-426614174000 and client 0f8fad5b-d9cb-469f-a165-70867728950e",
            "2025-03-01",
            "Last drill 2025-03-01T10:15:30Z passed",
            "ana.pereira@example.com",
            "invoice-triage-agent+alerts@corp-mail.example.co.uk",
            "spiffe://corp.example/ns/prod/sa/invoice-agent",
            "arn:aws:iam::123456789012:role/agent-reader",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:agents/invoice-bot-AbCdEf",
            "Zoë Okafor", "Łukasz Nowak", "佐藤 美咲", "فاطمة الزهراء", "François Müller-Lüdenscheidt",
            "InvoiceTriageAgentProduction2024",
            "INVOICE_TRIAGE_AGENT_ROLE_2024_PROD",
            "invoice-triage-agent-prod-eu-west-1",
            "AWS_SECRET_ACCESS_KEY is injected by the platform, never written down",
            "Token lives in the secrets manager under agents/jira-mcp/oauth-client",
            "sk-invoice-triage-agent-2024",
            "Stripe keys start with sk_live_ and are kept in the vault",
            "password: see the vault",
            "postgres://agent:${DB_PASSWORD}@db.internal:5432/app",
            "Task list: 1. Revoke. 2. Verify. 3. Tell the sponsor.",
            "eyJ is how JSON Web Tokens start",
            "Version 1.2.3-beta+build.45 of the open-source MCP server",
            "Phone +44 20 7946 0958, extension 1234",
    })
    void leavesOrdinaryRegisterContentAlone(String text) {
        assertThat(SecretDetector.scan(text)).as(text).isEmpty();
    }

    @Test
    void aUuidWithoutHyphensIsStillALongHexRun() {
        // Only the 8-4-4-4-12 shape is an identifier people write down; 32 bare hex digits look like a key.
        assertThat(SecretDetector.scan("123e4567e89b12d3a456426614174000")).isPresent();
    }

    @Test
    void randomTokenHeuristicNeedsAllThreeSignals() {
        String random = "Gx7Qm2pLr9TzW4kVb8NcY3sHd6Jf";
        assertThat(RandomTokenHeuristic.looksRandom(random)).isTrue();
        assertThat(RandomTokenHeuristic.looksRandom(random.substring(0, 20))).as("too short").isFalse();
        assertThat(RandomTokenHeuristic.looksRandom(random.toLowerCase().replaceAll("[0-9]", "")))
                .as("single class").isFalse();
        assertThat(RandomTokenHeuristic.looksRandom("aaaaaaaaaaBBBBBBBBBB1111111111")).as("low entropy").isFalse();
    }

    @Test
    void entropyOfUniformTextIsLog2OfItsAlphabet() {
        assertThat(RandomTokenHeuristic.shannonEntropy("abcdefgh")).isEqualTo(3.0);
        assertThat(RandomTokenHeuristic.shannonEntropy("aaaa")).isZero();
    }
}
