package dev.steward.app.attest;

import dev.steward.app.dialog.DialogService;
import dev.steward.app.dialog.ErrorText;
import dev.steward.app.i18n.Messages;
import dev.steward.model.access.AccessDenied;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.signing.WrongPassphraseException;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.service.attestation.EvidenceIntegrityException;
import dev.steward.storage.StaleRecordException;

import java.util.stream.Collectors;

/// Turns what the attestation service refuses into one sentence a person can act on. The services already
/// write complete messages; this only says which kind of refusal it was, so "you may not" is never confused
/// with "someone else changed it first".
final class Failures {
    private Failures() {
    }

    static String describe(Throwable error) {
        return switch (error) {
            case AccessDenied denied -> Messages.format("attest.error.accessDenied", denied.getMessage());
            case IllegalTransitionException transition -> Messages.format("attest.error.transition", transition.getMessage());
            case StaleRecordException stale -> Messages.format("attest.error.stale", stale.getMessage());
            case ValidationException invalid -> Messages.format("attest.error.invalid", invalid.problems().stream()
                    .map(ValidationProblem::message).collect(Collectors.joining("\n")));
            case WrongPassphraseException wrong -> Messages.get("attest.sign.wrongPassphrase");
            case EvidenceIntegrityException integrity -> Messages.format("attest.error.integrity", integrity.getMessage());
            case IllegalStateException notSignedIn when ErrorText.thrownBySteward(notSignedIn) -> Messages.format("attest.error.state", notSignedIn.getMessage());
            default -> ErrorText.of(error);
        };
    }

    static void show(DialogService dialogs, Throwable error) {
        dialogs.showError(Messages.get("attest.error.title"), describe(error));
    }
}
