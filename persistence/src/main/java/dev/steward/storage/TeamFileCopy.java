package dev.steward.storage;

import dev.steward.model.ledger.ChainVerification;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;

/// Moves a register file into an empty team register ({@link #intoTeam}: `steward team import-register`, and
/// `steward restore` of a team register's backup) and a team register into an empty register file
/// ({@link #outOfTeam}: `steward backup` of a team register), row by row with every id ({@link RegisterCopy}).
///
/// Into a team register only as the owner: the one login the database trusts to write history in other people's
/// names (`steward_session_is_owner()`). One transaction: the team register holds either the whole file, its
/// audit chain verified, or nothing of it.
public final class TeamFileCopy {
    private TeamFileCopy() {
    }

    /// @param accountMarker what every copied account's password hash becomes: in a team register people sign in
    ///                      as their own database login, so the file's password hashes are not carried over
    /// @return the rows copied per table
    /// @throws IllegalStateException when the team register is not empty, or the copy fails (nothing is written)
    public static Map<String, Long> intoTeam(Database source, TeamAddress address, String owner, char[] password,
                                         String accountMarker) {
        if (source.isTeam()) {
            throw new IllegalArgumentException("The register to import must be a register file, not a team database.");
        }
        return onTeam(address, owner, password, "Nothing was imported into " + address, team -> {
            try (Connection to = team.getConnection(); Connection from = source.dataSource().getConnection()) {
                to.setAutoCommit(false);
                try {
                    Map<String, Long> copied = copyInto(from, to, address, accountMarker);
                    to.commit();
                    return copied;
                } catch (SQLException | RuntimeException e) {
                    to.rollback();
                    throw e;
                }
            }
        });
    }

    private interface TeamWork {
        Map<String, Long> run(JdbcConnectionPool team) throws SQLException;
    }

    /// Runs `work` over connections as `login` to a team register of this build's schema.
    private static Map<String, Long> onTeam(TeamAddress address, String login, char[] password, String failure,
                                            TeamWork work) {
        JdbcConnectionPool pool = PostgresEngine.pool(address, login, password);
        try {
            PostgresEngine.probe(pool, address, login);
            TeamSchema.requireCurrent(pool, address);
            return work.run(pool);
        } catch (SQLException e) {
            throw new IllegalStateException(failure + ": " + e.getMessage(), e);
        } finally {
            pool.dispose();
        }
    }

    private static Map<String, Long> copyInto(Connection from, Connection to, TeamAddress address, String accountMarker)
            throws SQLException {
        Map<String, Long> filled = RegisterCopy.filledTables(to);
        if (!filled.isEmpty()) {
            throw new IllegalStateException("The team database " + address + " is not empty (" + describe(filled)
                    + "): a register is imported or restored only into one just created with `steward team init`.");
        }
        Map<String, Long> copied = new RegisterCopy(from, to).copyAll();
        try (PreparedStatement accounts = to.prepareStatement("UPDATE app_user SET password_hash = ?")) {
            accounts.setString(1, accountMarker);
            accounts.executeUpdate();
        }
        ChainVerification chain = new LedgerVerifier(DSL.using(to, SQLDialect.POSTGRES, PostgresEngine.settings()))
                .verify();
        if (chain.firstBreak().isPresent()) {
            throw new IllegalStateException("The audit log of the imported register does not verify ("
                    + chain.firstBreak().get() + "); nothing was imported into " + address + ".");
        }
        return copied;
    }

    /// Copies the team register, as one consistent snapshot read as `login`, into `target`, a register file
    /// just created (it must hold nothing yet). The accounts keep the team's password marker: people of a team
    /// register sign in as their database login, so a file made from it is for restoring into a team register.
    ///
    /// @return the rows copied per table
    /// @throws IllegalStateException when `target` is not empty or the copy fails
    public static Map<String, Long> outOfTeam(TeamAddress address, String login, char[] password, Database target) {
        if (target.isTeam()) {
            throw new IllegalArgumentException("A team register is copied into a register file, not another team database.");
        }
        return onTeam(address, login, password, "The team database " + address + " could not be copied", team -> {
            try (Connection from = team.getConnection(); Connection to = target.dataSource().getConnection()) {
                from.setAutoCommit(false);
                from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                from.setReadOnly(true);
                to.setAutoCommit(false);
                try {
                    Map<String, Long> filled = RegisterCopy.filledTables(to);
                    if (!filled.isEmpty()) {
                        throw new IllegalStateException("The register file " + target.location() + " is not empty ("
                                + describe(filled) + ").");
                    }
                    Map<String, Long> copied = new RegisterCopy(from, to).copyAll();
                    to.commit();
                    return copied;
                } catch (SQLException | RuntimeException e) {
                    to.rollback();
                    throw e;
                } finally {
                    from.rollback();
                }
            }
        });
    }

    private static String describe(Map<String, Long> filled) {
        return filled.entrySet().stream().map(e -> e.getValue() + " row(s) in " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
