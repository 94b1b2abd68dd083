package dev.steward.service.audit;

import dev.steward.storage.UserRepository;

import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;

import java.security.KeyPair;
import java.util.List;

/// A user's stored signing key pair, the private half decrypted with their passphrase, for the signed files
/// other than attestations (audit checkpoints, key lists, campaign reports).
public final class UnlockedKeys {
    private UnlockedKeys() {
    }

    /// @param missing what to tell a user who has no key yet
    /// @throws ValidationException                                when the user has no signing key
    /// @throws dev.steward.model.signing.WrongPassphraseException when the passphrase does not open it
    public static KeyPair of(UserRepository.Row signer, PrivateKeyEncryption keyEncryption, char[] passphrase, String missing) {
        if (!signer.hasSigningKey()) {
            throw new ValidationException(List.of(new ValidationProblem("signingKey", missing)));
        }
        return new KeyPair(SigningKeys.decodePublicKey(signer.publicKey()),
                keyEncryption.decrypt(signer.encryptedPrivateKey(), passphrase));
    }
}
