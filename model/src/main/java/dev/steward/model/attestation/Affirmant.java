package dev.steward.model.attestation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.access.User;
import dev.steward.model.signing.Jsf;
import dev.steward.model.signing.SigningKeys;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Objects;

/// A manager whose signing key was unlocked to affirm one export of an attestation (the CycloneDX
/// declarations): who affirms, when, and a key that can sign but does not hand out its private half.
public final class Affirmant {
    private final User user;
    private final Instant at;
    private final KeyPair keys;

    private Affirmant(User user, Instant at, KeyPair keys) {
        this.user = Objects.requireNonNull(user, "user");
        this.at = Objects.requireNonNull(at, "at");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /// @param at when the affirmation is made; it goes into the signed document
    public static Affirmant of(User user, Instant at, KeyPair keys) {
        return new Affirmant(user, at, keys);
    }

    public User user() {
        return user;
    }

    public Instant at() {
        return at;
    }

    /// The public key as {@link SigningKeys#encodePublicKey} writes it.
    public String publicKey() {
        return SigningKeys.encodePublicKey(keys.getPublic());
    }

    public String fingerprint() {
        return SigningKeys.fingerprint(keys.getPublic());
    }

    /// Signs `holder` with a JSF Ed25519 signature in its member `member` ({@link Jsf#sign}).
    public void sign(ObjectNode holder, String member) {
        Jsf.sign(holder, member, keys);
    }

    @Override
    public String toString() {
        return "Affirmant[" + user.username() + " at " + at + ", key " + fingerprint() + "]";
    }
}
