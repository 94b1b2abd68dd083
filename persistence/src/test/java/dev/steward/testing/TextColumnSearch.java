package dev.steward.testing;

import dev.steward.storage.Database;

import java.util.ArrayList;
import java.util.List;

/// Searches every text column of a register, for tests proving some text (a secret) is stored nowhere.
public final class TextColumnSearch {
    private TextColumnSearch() {
    }

    /// Text columns of Steward's own tables as `TABLE.COLUMN` (Flyway's history table is not Steward's).
    public static List<String> textColumns(Database db) {
        List<String> columns = new ArrayList<>();
        db.dsl().fetch("""
                SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'
                  AND DATA_TYPE IN ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT', 'VARCHAR_IGNORECASE')
                ORDER BY TABLE_NAME, COLUMN_NAME""")
                .forEach(r -> columns.add(r.get(0, String.class) + "." + r.get(1, String.class)));
        return columns;
    }

    /// How many rows hold `text` in `column` (`TABLE.COLUMN`).
    public static int count(Database db, String column, String text) {
        String[] parts = column.split("\\.");
        return db.dsl().fetchCount(db.dsl().selectFrom(parts[0])
                .where("CAST(\"" + parts[1] + "\" AS VARCHAR) LIKE ?", "%" + text + "%"));
    }
}
