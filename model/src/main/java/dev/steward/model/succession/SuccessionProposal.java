package dev.steward.model.succession;

import java.util.Objects;

/// A proposed successor for one role on one integration of a person who left. It is a gap until someone with
/// edit rights confirms it (or names another successor); until then the integration counts as ownerless.
///
/// @param successorId {@code null} when {@link SuccessionBasis#NONE}
public record SuccessionProposal(long integrationId, String integrationName, OwnerRole role, long leaverId,
                                 Long successorId, SuccessionBasis basis) {
    public SuccessionProposal {
        Objects.requireNonNull(integrationName, "integrationName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(basis, "basis");
        if ((successorId == null) != (basis == SuccessionBasis.NONE)) {
            throw new IllegalArgumentException("a successor goes with a basis, and no successor with NONE");
        }
    }
}
