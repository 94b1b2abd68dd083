package dev.steward.model.signing;

/// The passphrase does not open the stored private key. AES-GCM cannot tell a wrong passphrase from an
/// altered key file, so the message names both.
public class WrongPassphraseException extends RuntimeException {
    public WrongPassphraseException(Throwable cause) {
        super("The passphrase is wrong, or the stored signing key was altered: the key could not be unlocked.", cause);
    }
}
