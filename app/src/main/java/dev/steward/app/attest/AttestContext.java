package dev.steward.app.attest;

import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.model.access.User;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.register.Integration;
import dev.steward.service.attestation.AffirmationService;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.register.RegisterService;
import javafx.beans.value.ObservableValue;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/// What one "Controls & attestation" window needs from the main window.
///
/// @param user        the signed-in user, asked on every decision; throws while nobody is signed in
/// @param userChanges fires when someone else signs in, so what the window offers follows the new user
/// @param integration the integration as the register showed it; reloaded with every refresh
/// @param affirmations unlocks a manager's key for exports that carry their affirmation (CycloneDX);
///                    {@code null} where none is offered, and those formats are then left out
public record AttestContext(AttestationService service, RegisterService register, UiExecutor executor,
                            DialogService dialogs, Supplier<User> user, ObservableValue<?> userChanges,
                            Integration integration, ControlCatalog catalog, Clock clock,
                            AffirmationService affirmations) {
    public AttestContext {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(integration, "integration");
    }

    /// Without affirmations: the formats that need one are not offered.
    public AttestContext(AttestationService service, RegisterService register, UiExecutor executor,
                         DialogService dialogs, Supplier<User> user, ObservableValue<?> userChanges,
                         Integration integration, ControlCatalog catalog, Clock clock) {
        this(service, register, executor, dialogs, user, userChanges, integration, catalog, clock, null);
    }
}
