package dev.steward.model.access;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/// Which role grants which permission, and the checks built on that.
///
/// Every UI action and service call should go through {@link #require} (or {@link #allows} to enable a
/// button); the attestation transitions check again, so a forgotten UI check cannot skip a rule.
public final class AccessPolicy {
    private static final AccessPolicy STANDARD = new AccessPolicy(standardMatrix());

    private final Map<Role, Set<Permission>> grants;

    private AccessPolicy(Map<Role, Set<Permission>> grants) {
        this.grants = grants;
    }

    /// Steward's role matrix:
    ///
    /// - REVIEWER: read, edit and classify integrations, assess controls, submit attestations, decide campaign
    ///   items, export;
    /// - MANAGER: read, sign or return attestations, manage their own signing key, create, close and sign
    ///   campaigns and decide the campaign items escalated to them, export;
    /// - AUDITOR: only the read-only permissions (view, verify, export);
    /// - ADMIN: read the register and the log, manage users, manage their own signing key (for key lists and
    ///   audit checkpoints; signing attestations still needs MANAGER).
    public static AccessPolicy standard() {
        return STANDARD;
    }

    private static Map<Role, Set<Permission>> standardMatrix() {
        Set<Permission> read = EnumSet.of(Permission.VIEW_REGISTER, Permission.VIEW_ATTESTATIONS, Permission.VIEW_AUDIT_LOG);
        Map<Role, Set<Permission>> matrix = new EnumMap<>(Role.class);
        matrix.put(Role.REVIEWER, with(read, Permission.EXPORT_EVIDENCE, Permission.EDIT_INTEGRATIONS,
                Permission.CLASSIFY_INTEGRATIONS, Permission.ASSESS_CONTROLS, Permission.SUBMIT_ATTESTATIONS,
                Permission.DECIDE_CAMPAIGN_ITEMS));
        matrix.put(Role.MANAGER, with(read, Permission.EXPORT_EVIDENCE, Permission.SIGN_ATTESTATIONS,
                Permission.RETURN_ATTESTATIONS, Permission.MANAGE_OWN_SIGNING_KEY, Permission.VERIFY_SIGNATURES,
                Permission.MANAGE_CAMPAIGNS, Permission.DECIDE_CAMPAIGN_ITEMS));
        matrix.put(Role.AUDITOR, with(read, Permission.VERIFY_SIGNATURES, Permission.EXPORT_EVIDENCE));
        // An administrator holds a key to sign the organisation's key list and audit checkpoints, not attestations.
        matrix.put(Role.ADMIN, with(read, Permission.MANAGE_USERS, Permission.MANAGE_OWN_SIGNING_KEY));
        return Collections.unmodifiableMap(matrix);
    }

    private static Set<Permission> with(Set<Permission> base, Permission... more) {
        Set<Permission> all = EnumSet.copyOf(base);
        all.addAll(Arrays.asList(more));
        return Collections.unmodifiableSet(all);
    }

    /// What one role grants.
    public Set<Permission> permissionsOf(Role role) {
        return grants.get(role);
    }

    /// The union over the user's roles; empty for a deactivated user.
    public Set<Permission> permissionsOf(User user) {
        if (!user.active()) {
            return Set.of();
        }
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        user.roles().forEach(role -> all.addAll(grants.get(role)));
        return Collections.unmodifiableSet(all);
    }

    public boolean allows(User user, Permission permission) {
        return permissionsOf(user).contains(permission);
    }

    /// @throws AccessDenied saying who, what and which role would allow it
    public void require(User user, Permission permission) {
        Objects.requireNonNull(user, "user");
        if (!user.active()) {
            throw new AccessDenied(user.describe() + " may not " + permission.description()
                    + ": the account is deactivated.");
        }
        if (!allows(user, permission)) {
            throw new AccessDenied(user.describe() + " may not " + permission.description()
                    + ": that needs the " + rolesGranting(permission) + " role.");
        }
    }

    /// Separation of duties: the person who submitted an attestation may never sign it, whatever
    /// roles they hold. {@code submittedBy} is the submitter's username.
    public boolean maySign(User user, String submittedBy) {
        return allows(user, Permission.SIGN_ATTESTATIONS) && !user.username().equals(submittedBy);
    }

    /// {@link #require} for signing plus the separation-of-duties rule of {@link #maySign}.
    public void requireMaySign(User user, String submittedBy) {
        require(user, Permission.SIGN_ATTESTATIONS);
        if (user.username().equals(submittedBy)) {
            throw new AccessDenied(user.describe() + " may not sign this attestation: they submitted it,"
                    + " and separation of duties requires a different person to sign.");
        }
    }

    private String rolesGranting(Permission permission) {
        return grants.entrySet().stream()
                .filter(e -> e.getValue().contains(permission))
                .map(e -> e.getKey().label())
                .collect(Collectors.joining(" or "));
    }
}
