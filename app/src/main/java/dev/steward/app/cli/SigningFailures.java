package dev.steward.app.cli;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.signing.WrongPassphraseException;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;

import java.util.function.Supplier;
import java.util.stream.Collectors;

/// Runs a step that signs with the signed-in user's own key, turning the ways that fails into exit code 5: roles
/// that do not allow it, no signing key yet, or a passphrase that does not open the key.
final class SigningFailures {
    private SigningFailures() {
    }

    static <T> T signing(String what, Supplier<T> step) {
        try {
            return step.get();
        } catch (AccessDenied e) {
            throw new CliException(ExitCode.AUTHENTICATION_FAILED, "Cannot " + what + ": " + e.getMessage());
        } catch (WrongPassphraseException e) {
            throw new CliException(ExitCode.AUTHENTICATION_FAILED, "Cannot " + what + ": " + e.getMessage());
        } catch (ValidationException e) {
            throw new CliException(ExitCode.AUTHENTICATION_FAILED, "Cannot " + what + ": " + e.problems().stream()
                    .map(ValidationProblem::message).collect(Collectors.joining(" ")));
        }
    }
}
