package dev.steward.model.controls;

import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ControlId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/// Steward's own controls for AI integrations treated as non-human identities, one per
/// {@link ControlId}, each mapped to framework items that all resolve in {@link FrameworkFacts}.
///
/// Loading fails with {@link IllegalStateException} naming the control, framework and item when a
/// mapping is not in the facts (or is withdrawn there), when a title differs from {@link ControlId},
/// or when a control is missing or listed twice.
public final class ControlCatalog {
    /// Classpath resource name of the built-in catalog, relative to this package.
    public static final String RESOURCE = "controls.json";

    private final Map<ControlId, Control> controls;

    private ControlCatalog(Map<ControlId, Control> controls) {
        this.controls = Map.copyOf(controls);
    }

    /// The catalog shipped with Steward, resolved against the built-in facts and read once.
    public static ControlCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /// Reads a catalog and resolves its mappings against `facts`.
    public static ControlCatalog load(InputStream json, FrameworkFacts facts) {
        return new ControlCatalog(CatalogLoader.load(json, facts));
    }

    /// Every control, ordered by code.
    public List<Control> controls() {
        return controls.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /// The control for this id; a loaded catalog has one for every {@link ControlId}.
    public Control control(ControlId id) {
        return controls.get(id);
    }

    /// The controls that apply to a classified integration, ordered by code, each with its reason:
    ///
    /// - required by a classification rule: always applies, whatever the verdict;
    /// - verdict NHI or UNDETERMINED (treated as NHI, the safer reading while key answers are
    ///   missing) and risk tier at least the control's {@link Control#appliesFrom()};
    /// - verdict NOT_NHI: only the registration control STW-01, so the verdict keeps an owner.
    public List<ApplicableControl> applicableTo(Classification classification) {
        return ControlApplicability.applicableTo(classification, controls.values());
    }

    private static final class BuiltIn {
        static final ControlCatalog CATALOG = loadResource();

        private static ControlCatalog loadResource() {
            try (InputStream in = ControlCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing next to " + ControlCatalog.class.getName());
                }
                return load(in, FrameworkFacts.builtIn());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
