package dev.steward.app.i18n;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/// Every key the code names exists in the bundle, and every enum a screen shows has a label.
class BundleKeysTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");
    private final ResourceBundle bundle = Messages.bundle();

    @Test
    void everyKeyLiteralInTheSourcesExists() throws IOException {
        Set<String> prefixes = bundle.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !bundle.containsKey(key)
                            && !key.startsWith("dev.") && !key.endsWith(".css")) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void everyEnumConstantHasALabel() {
        List<Class<? extends Enum<?>>> shown = List.of(IntegrationKind.class, PipelineRole.class, DeploymentEnvironment.class,
                LifecycleStatus.class, AccessLevel.class, CredentialType.class, SecretStorage.class, ToolType.class,
                LinkDirection.class, RevocationTestResult.class, dev.steward.model.dashboard.GapKind.class,
                dev.steward.app.scene.Theme.class, dev.steward.model.attestation.QueueCategory.class,
                dev.steward.model.attestation.AssessmentStatus.class, dev.steward.model.attestation.AttestationState.class,
                dev.steward.model.discovery.FindingStatus.class);
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(Messages.label(constant)).as(type.getSimpleName() + "." + constant.name()).isNotBlank();
            }
        }
    }

    @Test
    void theBundleIsNotEmptyAndHasNoBlankTitles() {
        assertThat(bundle.keySet()).hasSizeGreaterThan(100);
        assertThat(bundle.keySet().stream().filter(k -> k.endsWith(".title") && bundle.getString(k).isBlank())).isEmpty();
    }
}
