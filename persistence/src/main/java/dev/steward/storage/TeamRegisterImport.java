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

/// Moves a personal register (a file) into an empty team register, as the owner: the one login the database
/// trusts to write history in other people's names (`steward_session_is_owner()`). One transaction: the team
/// register holds either the whole file, its audit chain verified, or nothing of it.
public final class TeamRegisterImport {
    private TeamRegisterImport() {
    }

    /// @param accountMarker what every copied account's password hash becomes: in a team register people sign in
    ///                      as their own database login, so the file's password hashes are not carried over
    /// @return the rows copied per table
    /// @throws IllegalStateException when the team register is not empty, or the copy fails (nothing is written)
    public static Map<String, Long> copy(Database source, TeamAddress address, String owner, char[] password,
                                         String accountMarker) {
        if (source.isTeam()) {
            throw new IllegalArgumentException("The register to import must be a register file, not a team database.");
        }
        JdbcConnectionPool pool = PostgresEngine.pool(address, owner, password);
        try {
            PostgresEngine.probe(pool, address, owner);
            TeamSchema.requireCurrent(pool, address);
            try (Connection to = pool.getConnection(); Connection from = source.dataSource().getConnection()) {
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
        } catch (SQLException e) {
            throw new IllegalStateException("Nothing was imported into " + address + ": " + e.getMessage(), e);
        } finally {
            pool.dispose();
        }
    }

    private static Map<String, Long> copyInto(Connection from, Connection to, TeamAddress address, String accountMarker)
            throws SQLException {
        Map<String, Long> filled = RegisterCopy.filledTables(to);
        if (!filled.isEmpty()) {
            throw new IllegalStateException("The team database " + address + " is not empty (" + filled.entrySet()
                    .stream().map(e -> e.getValue() + " row(s) in " + e.getKey()).collect(Collectors.joining(", "))
                    + "): a register is imported only into one just created with `steward team init`.");
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
}
