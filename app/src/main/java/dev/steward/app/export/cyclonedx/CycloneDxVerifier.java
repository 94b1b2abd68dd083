package dev.steward.app.export.cyclonedx;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Jsf;
import dev.steward.model.signing.SigningKeys;

import java.io.IOException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Checks a CycloneDX attestation that Steward exported, offline: the BOM's JSF signature over the whole
/// document, each affirmation signatory's own signature, and that both are made with the same key. It does
/// not validate the schema (the export is tested against it) and trusts no key by itself: the caller compares
/// the fingerprint with one obtained from the manager (`steward verify --expect-fingerprint`).
public final class CycloneDxVerifier {
    private static final ObjectReader READER = CanonicalJson.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /// What a check found.
    ///
    /// @param problems    empty when every signature holds
    /// @param fingerprint the BOM signature's key, when readable
    /// @param signatory   name and role of the first signatory, when present
    /// @param service     the integration the claims are about
    /// @param affirmedAt  the document's timestamp, when the affirmation was made
    public record Result(List<String> problems, Optional<String> fingerprint, String signatory, String service,
                         String affirmedAt) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private CycloneDxVerifier() {
    }

    /// True when `file` reads as JSON whose `bomFormat` is CycloneDX, whatever else it holds.
    public static boolean isCycloneDx(byte[] file) {
        try {
            JsonNode root = READER.readTree(file);
            return root != null && "CycloneDX".equals(root.path("bomFormat").textValue());
        } catch (IOException e) {
            return false;
        }
    }

    public static Result verify(byte[] file) {
        JsonNode bom;
        try {
            bom = READER.readTree(file);
        } catch (JsonProcessingException e) {
            return new Result(List.of("the file is not well-formed JSON: " + e.getOriginalMessage()), Optional.empty(), "", "", "");
        } catch (IOException e) {
            return new Result(List.of("the file cannot be read: " + e.getMessage()), Optional.empty(), "", "", "");
        }
        List<String> problems = new ArrayList<>();
        if (!CycloneDxBom.SPEC_VERSION.equals(bom.path("specVersion").textValue())) {
            problems.add("specVersion is " + bom.path("specVersion") + ", this verifier reads \"" + CycloneDxBom.SPEC_VERSION + "\"");
        }
        problems.addAll(Jsf.problems("the BOM signature", bom, CycloneDxBom.SIGNATURE));
        Optional<PublicKey> key = Jsf.publicKey(bom.get(CycloneDxBom.SIGNATURE));
        JsonNode signatories = bom.path("declarations").path("affirmation").path("signatories");
        if (signatories.isEmpty()) {
            problems.add("the declarations have no affirmation signatory");
        }
        for (int i = 0; i < signatories.size(); i++) {
            JsonNode signatory = signatories.get(i);
            String what = "signatory " + (i + 1) + " (" + signatory.path("name").asText("?") + ")";
            problems.addAll(Jsf.problems(what, signatory, CycloneDxBom.SIGNATURE));
            Optional<PublicKey> own = Jsf.publicKey(signatory.get(CycloneDxBom.SIGNATURE));
            if (own.isPresent() && key.isPresent() && !java.util.Arrays.equals(own.get().getEncoded(), key.get().getEncoded())) {
                problems.add(what + ": signed with another key than the BOM");
            }
        }
        JsonNode first = signatories.path(0);
        String signatory = first.path("name").asText("") + (first.path("role").asText("").isEmpty() ? ""
                : ", " + first.path("role").asText());
        return new Result(problems, key.map(SigningKeys::fingerprint), signatory,
                bom.path("services").path(0).path("name").asText(""), bom.path("metadata").path("timestamp").asText(""));
    }
}
