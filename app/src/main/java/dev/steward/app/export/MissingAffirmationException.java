package dev.steward.app.export;

/// The format carries a manager's signed affirmation, but no manager's key was unlocked for it. Callers
/// unlock one first (the app asks for the passphrase, the command line reads it), so this is a slip in the
/// calling code rather than something a user can cause; the message still says what is missing.
public class MissingAffirmationException extends IllegalStateException {
    public MissingAffirmationException(String formatName) {
        super("Cannot export a " + formatName + " without a manager's affirmation: unlock a signing key to affirm it.");
    }
}
