package dev.steward.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/// What the dashboard and the review queue look at, added to a register {@link BenchData} filled: backup
/// owners, revocation paths, credentials, attestations and people who left, each for a fixed share of the
/// integrations (by id), so every kind of gap and every queue category has rows. Plain JDBC batches.
final class GovernanceData {
    private static final int COMMIT_EVERY = 5_000;
    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private GovernanceData() {
    }

    /// For integrations 1 to `count` and people 1 to `people`, relative to `today` so that date gaps appear.
    static void add(DataSource ds, int count, int people, LocalDate today) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE person SET has_left = TRUE WHERE MOD(id, 40) = 0");
            }
            try (PreparedStatement backup = c.prepareStatement("INSERT INTO integration_backup_owner"
                    + " (integration_id, position, person_id) VALUES (?, 0, ?)");
                 PreparedStatement revocation = c.prepareStatement("UPDATE integration SET revocation_kill_switch"
                         + " = 'Disable the key', revocation_authorised_by = 'Security', revocation_last_tested = ?,"
                         + " revocation_last_result = ? WHERE id = ?");
                 PreparedStatement credential = c.prepareStatement("INSERT INTO integration_credential"
                         + " (integration_id, position, label, credential_type, stored_in, lifetime_minutes,"
                         + " last_rotated, rotation_interval_days) VALUES (?, 0, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement attestation = c.prepareStatement("INSERT INTO attestation (integration_id,"
                         + " state, submission_number, created_by, created_at, submitted_by, submitted_at,"
                         + " returned_by, returned_at, return_comment, signed_by, signed_at, signer_name, expires_at,"
                         + " stale_at, version) VALUES (?, ?, 1, 'bench', ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (int id = 1; id <= count; id++) {
                    if (id % 4 != 0) {
                        backup.setLong(1, id);
                        backup.setLong(2, 1 + (id * 17L + 3) % people);
                        backup.addBatch();
                    }
                    revocation(revocation, id, today);
                    credential(credential, id, today);
                    attestation(attestation, id, today);
                    if (id % COMMIT_EVERY == 0) {
                        for (PreparedStatement p : new PreparedStatement[]{backup, revocation, credential, attestation}) {
                            p.executeBatch();
                        }
                        c.commit();
                    }
                }
                for (PreparedStatement p : new PreparedStatement[]{backup, revocation, credential, attestation}) {
                    p.executeBatch();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void revocation(PreparedStatement p, int id, LocalDate today) throws SQLException {
        int variant = id % 5;
        if (variant == 0) {
            return;
        }
        p.setDate(1, variant == 1 ? null : Date.valueOf(today.minusDays(variant == 3 ? 200 : 20)));
        p.setString(2, variant == 1 ? null : variant == 3 ? "FAILED" : "PASSED");
        p.setLong(3, id);
        p.addBatch();
    }

    private static void credential(PreparedStatement p, int id, LocalDate today) throws SQLException {
        int variant = id % 3;
        if (variant == 2) {
            return;
        }
        p.setLong(1, id);
        p.setString(2, "key " + id);
        p.setString(3, variant == 0 ? "STATIC_API_KEY" : "OAUTH_CLIENT_REFRESH_TOKEN");
        p.setString(4, variant == 0 ? "ENVIRONMENT_VARIABLE" : "SECRETS_MANAGER");
        p.setObject(5, variant == 0 ? null : 60L);
        p.setDate(6, Date.valueOf(today.minusDays(id % 60)));
        p.setObject(7, variant == 0 ? null : 30);
        p.addBatch();
    }

    private static void attestation(PreparedStatement p, int id, LocalDate today) throws SQLException {
        int variant = id % 6;
        if (variant == 5) {
            return;
        }
        String state = switch (variant) {
            case 0, 1 -> "SIGNED";
            case 2 -> "SUBMITTED";
            case 3 -> "RETURNED";
            default -> "STALE";
        };
        boolean signed = variant == 0 || variant == 1 || variant == 4;
        OffsetDateTime expires = today.plusDays(variant == 1 ? id % 40 - 5 : 300).atStartOfDay().atOffset(ZoneOffset.UTC);
        p.setLong(1, id);
        p.setString(2, state);
        p.setObject(3, STAMP);
        p.setObject(4, STAMP);
        p.setString(5, variant == 3 ? "manager" : null);
        p.setObject(6, variant == 3 ? STAMP : null);
        p.setString(7, variant == 3 ? "Please add evidence" : null);
        p.setString(8, signed ? "manager" : null);
        p.setObject(9, signed ? STAMP : null);
        p.setString(10, signed ? "Bench Manager" : null);
        p.setObject(11, signed ? expires : null);
        p.setObject(12, variant == 4 ? STAMP : null);
        p.addBatch();
    }
}
