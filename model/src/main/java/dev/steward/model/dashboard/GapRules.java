package dev.steward.model.dashboard;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Finds the governance gaps of one integration. Pure: everything it needs is passed in, including today.
///
/// Retired integrations have no gaps: nothing can act through them any more. Attestation gaps apply once an
/// integration is approved or running ({@link #ATTESTED_STATUSES}); before that, the review itself is the control.
public final class GapRules {
    /// A revocation drill older than this no longer proves the path works.
    public static final int REVOCATION_TEST_MAX_AGE_DAYS = 90;
    /// A signed attestation lapsing within this many days is listed as expiring.
    public static final int EXPIRY_WARNING_DAYS = 30;
    /// A static key or service-account key that lives longer than this counts as long-lived.
    public static final Duration LONG_LIVED = Duration.ofDays(90);

    /// The statuses attestation gaps apply to (also read by the dashboard's SQL).
    public static final Set<LifecycleStatus> ATTESTED_STATUSES = Collections.unmodifiableSet(EnumSet.of(LifecycleStatus.APPROVED,
            LifecycleStatus.ACTIVE, LifecycleStatus.RESTRICTED, LifecycleStatus.UNDER_REASSESSMENT,
            LifecycleStatus.SUSPENDED));
    private static final Set<CredentialType> STATIC_TYPES = EnumSet.of(CredentialType.STATIC_API_KEY,
            CredentialType.SERVICE_ACCOUNT_KEY);

    private GapRules() {
    }

    /// @param people   everyone, by id, so departures can be seen
    /// @param standing the latest attestation, {@code null} when there is none
    public static List<Gap> find(Integration integration, Map<Long, Person> people, AttestationStanding standing,
                                 LocalDate today) {
        if (integration.isRetired()) {
            return List.of();
        }
        Found found = new Found(integration);
        ownership(integration, people, found);
        revocation(integration.revocation(), today, found);
        credentials(integration.credentials(), today, found);
        if (ATTESTED_STATUSES.contains(integration.status())) {
            attestation(standing, today, found);
        }
        if (integration.status() == LifecycleStatus.UNDER_REASSESSMENT) {
            found.add(GapKind.UNDER_REASSESSMENT, "underReassessment");
        }
        found.gaps.sort((a, b) -> a.kind().compareTo(b.kind()));
        return List.copyOf(found.gaps);
    }

    private static void ownership(Integration integration, Map<Long, Person> people, Found found) {
        if (integration.sponsorId() == null) {
            found.add(GapKind.NO_SPONSOR, "noSponsor");
        } else if (hasLeft(people, integration.sponsorId())) {
            found.add(GapKind.SPONSOR_LEFT, "sponsorLeft", name(people, integration.sponsorId()));
        }
        if (integration.technicalOwnerId() != null && hasLeft(people, integration.technicalOwnerId())) {
            found.add(GapKind.OWNER_LEFT, "ownerLeft", name(people, integration.technicalOwnerId()));
        }
        for (Long backup : integration.backupOwnerIds()) {
            if (hasLeft(people, backup)) {
                found.add(GapKind.OWNER_LEFT, "backupLeft", name(people, backup));
            }
        }
        boolean anyActiveBackup = integration.backupOwnerIds().stream().anyMatch(id -> !hasLeft(people, id));
        if (!anyActiveBackup) {
            found.add(GapKind.NO_BACKUP_OWNER, integration.backupOwnerIds().isEmpty()
                    ? "noBackup" : "allBackupsLeft");
        }
    }

    private static void revocation(RevocationPath path, LocalDate today, Found found) {
        if (!path.isDefined()) {
            found.add(GapKind.NO_REVOCATION_PATH, "noRevocationPath");
            return;
        }
        if (path.lastTested() == null) {
            found.add(GapKind.REVOCATION_NEVER_TESTED, "revocationNeverTested");
            return;
        }
        if (path.lastResult() == RevocationTestResult.FAILED) {
            found.add(GapKind.REVOCATION_TEST_FAILED, "revocationFailed", path.lastTested().toString());
        }
        if (path.lastTested().plusDays(REVOCATION_TEST_MAX_AGE_DAYS).isBefore(today)) {
            found.add(GapKind.REVOCATION_TEST_OLD, "revocationOld", path.lastTested().toString(),
                    String.valueOf(REVOCATION_TEST_MAX_AGE_DAYS));
        }
    }

    private static void credentials(List<Credential> credentials, LocalDate today, Found found) {
        for (Credential c : credentials) {
            if (STATIC_TYPES.contains(c.type()) && (c.neverExpires() || c.lifetime().compareTo(LONG_LIVED) > 0)) {
                if (c.neverExpires()) {
                    found.add(GapKind.LONG_LIVED_STATIC_CREDENTIAL, "credentialNeverExpires", c.label());
                } else {
                    found.add(GapKind.LONG_LIVED_STATIC_CREDENTIAL, "credentialLongLived", c.label(),
                            String.valueOf(c.lifetime().toDays()));
                }
            }
            if (c.storedIn() != SecretStorage.SECRETS_MANAGER) {
                found.add(GapKind.SECRET_OUTSIDE_MANAGER, "secretOutsideManager." + c.storedIn(), c.label());
            }
            if (c.rotationIntervalDays() != null) {
                if (c.lastRotated() == null) {
                    found.add(GapKind.ROTATION_OVERDUE, "neverRotated", c.label());
                } else {
                    LocalDate due = c.lastRotated().plusDays(c.rotationIntervalDays());
                    if (due.isBefore(today)) {
                        found.add(GapKind.ROTATION_OVERDUE, "rotationOverdue", c.label(), due.toString());
                    }
                }
            }
        }
    }

    private static void attestation(AttestationStanding standing, LocalDate today, Found found) {
        if (standing == null || standing.state() != AttestationState.SIGNED && standing.state() != AttestationState.STALE) {
            if (standing == null) {
                found.add(GapKind.ATTESTATION_MISSING, "neverAttested");
            } else {
                found.add(GapKind.ATTESTATION_MISSING, "notSigned." + standing.state());
            }
            return;
        }
        if (standing.state() == AttestationState.STALE) {
            found.add(GapKind.ATTESTATION_STALE, "stale");
            return;
        }
        if (standing.expiresAt() == null) {
            return;
        }
        LocalDate expires = LocalDate.ofInstant(standing.expiresAt(), ZoneOffset.UTC);
        if (!expires.isAfter(today)) {
            found.add(GapKind.ATTESTATION_EXPIRED, "expired", expires.toString());
        } else if (!expires.isAfter(today.plusDays(EXPIRY_WARNING_DAYS))) {
            found.add(GapKind.ATTESTATION_EXPIRING, "expiring", expires.toString());
        }
    }

    private static boolean hasLeft(Map<Long, Person> people, Long id) {
        Person p = people.get(id);
        return p != null && p.hasLeft();
    }

    private static String name(Map<Long, Person> people, Long id) {
        Person p = people.get(id);
        return p == null ? "#" + id : p.name();
    }

    private static final class Found {
        private final Integration integration;
        private final List<Gap> gaps = new ArrayList<>();

        Found(Integration integration) {
            this.integration = integration;
        }

        void add(GapKind kind, String detailKey, String... arguments) {
            gaps.add(new Gap(kind, integration.id(), integration.name(), detailKey, List.of(arguments)));
        }
    }
}
