package dev.steward.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/// Copies every row of one register into another of the same schema version, ids and all, over plain JDBC, so
/// that it works between any two engines (a register file into a team database, and back).
///
/// Ids are kept, so audit entity ids, attestation snapshots and their signatures still match. The audit log is
/// copied in sequence order (on PostgreSQL the insert trigger checks each event against the chain head and moves
/// the head); the head itself is then set to the source's, and identity columns continue after the highest id.
/// Tables are filled parents first; a foreign key that points into its own table or closes a cycle is filled in
/// a second pass, once every row exists. The caller commits or rolls back the target connection: all or nothing.
final class RegisterCopy {
    /// Kept by the copy itself: the chain head (moved by the trigger, then set), the migration history.
    private static final Set<String> BOOKKEEPING = Set.of("audit_head", "flyway_schema_history");
    /// Filled by a migration with a row of its own; replaced by the source's rows.
    private static final Set<String> SEEDED = Set.of("search_term_version", "dashboard_tally");
    private static final int BATCH = 500;

    private final Connection from;
    private final Connection to;
    private final boolean toPostgres;

    RegisterCopy(Connection from, Connection to) throws SQLException {
        this.from = from;
        this.to = to;
        this.toPostgres = to.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /// The tables of `connection`'s schema holding rows, by lower-case name with their row counts (bookkeeping
    /// and seeded tables left out): empty for a register with nothing in it.
    static Map<String, Long> filledTables(Connection connection) throws SQLException {
        Map<String, Long> filled = new TreeMap<>();
        for (String table : tables(connection)) {
            if (BOOKKEEPING.contains(table) || SEEDED.contains(table)) {
                continue;
            }
            try (Statement s = connection.createStatement();
                 ResultSet count = s.executeQuery("SELECT COUNT(*) FROM " + quoted(connection, table))) {
                count.next();
                if (count.getLong(1) > 0) {
                    filled.put(table, count.getLong(1));
                }
            }
        }
        return filled;
    }

    /// Copies every row; returns the rows copied per table (lower-case names).
    Map<String, Long> copyAll() throws SQLException {
        Set<String> sourceTables = tables(from);
        Set<String> targetTables = tables(to);
        for (String table : sourceTables) {
            if (!targetTables.contains(table) && !BOOKKEEPING.contains(table) && rowCount(from, table) > 0) {
                throw new SQLException("The target register has no table " + table + " for the source's rows.");
            }
        }
        Map<String, List<ForeignKey>> keys = new HashMap<>();
        for (String table : targetTables) {
            keys.put(table, foreignKeys(table));
        }
        List<String> order = new ArrayList<>();
        Map<String, Set<String>> deferred = new HashMap<>();
        orderParentsFirst(targetTables, keys, order, deferred);
        Map<String, Long> copied = new LinkedHashMap<>();
        for (String table : order) {
            if (BOOKKEEPING.contains(table) || !sourceTables.contains(table)) {
                continue;
            }
            if (SEEDED.contains(table)) {
                try (Statement s = to.createStatement()) {
                    s.executeUpdate("DELETE FROM " + quoted(to, table));
                }
            }
            copied.put(table, copyTable(table, deferred.getOrDefault(table, Set.of())));
        }
        for (Map.Entry<String, Set<String>> later : deferred.entrySet()) {
            if (sourceTables.contains(later.getKey())) {
                fillDeferred(later.getKey(), later.getValue());
            }
        }
        copyHead();
        continueIdentities(order);
        return copied;
    }

    private record ForeignKey(String column, String parent, boolean nullable) {
    }

    private List<ForeignKey> foreignKeys(String table) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        Set<String> nullable = new java.util.HashSet<>();
        try (ResultSet columns = to.getMetaData().getColumns(null, schema(to), name(to, table), "%")) {
            while (columns.next()) {
                if (columns.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls) {
                    nullable.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        try (ResultSet imported = to.getMetaData().getImportedKeys(null, schema(to), name(to, table))) {
            while (imported.next()) {
                String column = imported.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                keys.add(new ForeignKey(column, imported.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                        nullable.contains(column)));
            }
        }
        return keys;
    }

    /// Kahn's order; when only tables in a cycle (or pointing at themselves) remain, the one with the fewest
    /// open references, all of them nullable, goes next and those references are filled later.
    private static void orderParentsFirst(Set<String> tables, Map<String, List<ForeignKey>> keys, List<String> order,
                                          Map<String, Set<String>> deferred) {
        Set<String> remaining = new LinkedHashSet<>(new java.util.TreeSet<>(tables));
        while (!remaining.isEmpty()) {
            String next = null;
            int fewest = Integer.MAX_VALUE;
            for (String table : remaining) {
                int open = 0;
                for (ForeignKey key : keys.get(table)) {
                    if (remaining.contains(key.parent())) {
                        open += key.nullable() ? 1 : tables.size() + 1;
                    }
                }
                if (open < fewest) {
                    fewest = open;
                    next = table;
                }
            }
            for (ForeignKey key : keys.get(next)) {
                if (remaining.contains(key.parent())) {
                    deferred.computeIfAbsent(next, t -> new LinkedHashSet<>()).add(key.column());
                }
            }
            remaining.remove(next);
            order.add(next);
        }
    }

    private long copyTable(String table, Set<String> later) throws SQLException {
        Map<String, Integer> targetTypes = columnTypes(to, table);
        List<String> columns = new ArrayList<>();
        for (String column : columnTypes(from, table).keySet()) {
            if (targetTypes.containsKey(column)) {
                columns.add(column);
            }
        }
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(quoted(to, table)).append(" (");
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            String separator = i == 0 ? "" : ", ";
            insert.append(separator).append(quoted(to, columns.get(i)));
            select.append(separator).append(quoted(from, columns.get(i)));
        }
        insert.append(") VALUES (").append("?, ".repeat(columns.size() - 1)).append("?)");
        select.append(" FROM ").append(quoted(from, table)).append(orderOf(table, columns));
        long rows = 0;
        try (Statement read = from.createStatement(); ResultSet source = read.executeQuery(select.toString());
             PreparedStatement write = to.prepareStatement(insert.toString())) {
            while (source.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    int type = targetTypes.get(columns.get(i));
                    Object value = later.contains(columns.get(i)) ? null : value(source, i + 1, type);
                    if (value == null) {
                        write.setNull(i + 1, type);
                    } else {
                        write.setObject(i + 1, value);
                    }
                }
                write.addBatch();
                if (++rows % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /// Audit events in chain order; everything else by id, so a copy lists as the original did.
    private String orderOf(String table, List<String> columns) throws SQLException {
        if (table.equals("audit_event")) {
            return " ORDER BY " + quoted(from, "seq");
        }
        return columns.contains("id") ? " ORDER BY " + quoted(from, "id") : "";
    }

    private static Object value(ResultSet source, int index, int targetType) throws SQLException {
        Object value = switch (targetType) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> source.getObject(index, OffsetDateTime.class);
            case Types.TIMESTAMP -> source.getObject(index, LocalDateTime.class);
            case Types.DATE -> source.getObject(index, LocalDate.class);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> source.getBytes(index);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.OTHER ->
                    source.getString(index);
            default -> source.getObject(index);
        };
        return source.wasNull() ? null : value;
    }

    private void fillDeferred(String table, Set<String> columns) throws SQLException {
        for (String column : columns) {
            String select = "SELECT " + quoted(from, "id") + ", " + quoted(from, column) + " FROM " + quoted(from, table)
                    + " WHERE " + quoted(from, column) + " IS NOT NULL";
            String update = "UPDATE " + quoted(to, table) + " SET " + quoted(to, column) + " = ? WHERE "
                    + quoted(to, "id") + " = ?";
            try (Statement read = from.createStatement(); ResultSet rows = read.executeQuery(select);
                 PreparedStatement write = to.prepareStatement(update)) {
                while (rows.next()) {
                    write.setLong(1, rows.getLong(2));
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                }
                write.executeBatch();
            }
        }
    }

    private void copyHead() throws SQLException {
        try (Statement read = from.createStatement();
             ResultSet head = read.executeQuery("SELECT " + quoted(from, "seq") + ", " + quoted(from, "hash")
                     + " FROM " + quoted(from, "audit_head") + " WHERE " + quoted(from, "id") + " = 1");
             PreparedStatement write = to.prepareStatement("UPDATE " + quoted(to, "audit_head") + " SET "
                     + quoted(to, "seq") + " = ?, " + quoted(to, "hash") + " = ? WHERE " + quoted(to, "id") + " = 1")) {
            if (head.next()) {
                write.setLong(1, head.getLong(1));
                write.setString(2, head.getString(2));
                write.executeUpdate();
            }
        }
    }

    /// New rows after the copy get ids after the copied ones.
    private void continueIdentities(List<String> tables) throws SQLException {
        for (String table : tables) {
            if (!columnTypes(to, table).containsKey("id") || BOOKKEEPING.contains(table)) {
                continue;
            }
            try (Statement s = to.createStatement()) {
                if (toPostgres) {
                    s.executeQuery("SELECT setval(pg_get_serial_sequence('public." + table + "', 'id'), MAX(id)) FROM "
                            + quoted(to, table) + " WHERE pg_get_serial_sequence('public." + table
                            + "', 'id') IS NOT NULL HAVING MAX(id) IS NOT NULL").close();
                } else if (isIdentity(table)) {
                    long next;
                    try (ResultSet max = s.executeQuery("SELECT COALESCE(MAX(" + quoted(to, "id") + "), 0) + 1 FROM "
                            + quoted(to, table))) {
                        max.next();
                        next = max.getLong(1);
                    }
                    s.execute("ALTER TABLE " + quoted(to, table) + " ALTER COLUMN " + quoted(to, "id")
                            + " RESTART WITH " + next);
                }
            }
        }
    }

    private boolean isIdentity(String table) throws SQLException {
        try (ResultSet columns = to.getMetaData().getColumns(null, schema(to), name(to, table), name(to, "id"))) {
            return columns.next() && "YES".equals(columns.getString("IS_AUTOINCREMENT"));
        }
    }

    private static long rowCount(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet count = s.executeQuery("SELECT COUNT(*) FROM " + quoted(connection, table))) {
            count.next();
            return count.getLong(1);
        }
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (ResultSet found = connection.getMetaData().getTables(null, schema(connection), "%", new String[]{"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema(connection), name(connection, table), "%")) {
            while (columns.next()) {
                types.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), columns.getInt("DATA_TYPE"));
            }
        }
        return types;
    }

    private static String schema(Connection connection) throws SQLException {
        return name(connection, "public");
    }

    /// A lower-case name as `connection` stores unquoted names (H2: upper case).
    private static String name(Connection connection, String lowerCase) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return meta.storesUpperCaseIdentifiers() ? lowerCase.toUpperCase(Locale.ROOT) : lowerCase;
    }

    private static String quoted(Connection connection, String lowerCase) throws SQLException {
        return '"' + name(connection, lowerCase) + '"';
    }
}
