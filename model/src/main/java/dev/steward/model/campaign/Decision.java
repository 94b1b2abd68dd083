package dev.steward.model.campaign;

/// What a decider says about one integration in a campaign; every decision needs a justification.
public enum Decision {
    /// Still needed as it is: the attestation round starts or renews.
    CERTIFY,
    /// No longer wanted: the integration is suspended and a revocation task is opened.
    REVOKE,
    /// Needed, but not as it is: the integration is flagged for editing; a material edit reclassifies it.
    MODIFY;

    /// "certified", "revoked", "modified", for messages.
    public String pastTense() {
        return switch (this) {
            case CERTIFY -> "certified";
            case REVOKE -> "revoked";
            case MODIFY -> "modified";
        };
    }
}
