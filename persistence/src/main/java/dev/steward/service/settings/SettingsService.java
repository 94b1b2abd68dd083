package dev.steward.service.settings;

import dev.steward.service.access.Actor;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;

import dev.steward.model.access.Permission;
import dev.steward.model.validation.SecretDetector;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.SETTING;

/// Register-wide settings: today the organisation name that attestation reports carry. Reading is open to
/// every role; changing needs user management rights (administrators), and every change is audit-logged.
/// Methods block on the database.
public final class SettingsService {
    public static final String ORGANISATION_NAME = "organisation.name";
    static final String ENTITY = "SETTING";
    static final int MAX_LENGTH = 200;

    private final Database db;
    private final Actor actor;
    private final Clock clock;

    public SettingsService(Database db, Actor actor, Clock clock) {
        this.db = db;
        this.actor = actor;
        this.clock = clock;
    }

    /// The organisation name, or empty when nobody has set it yet.
    public String organisationName() {
        return value(ORGANISATION_NAME).orElse("");
    }

    /// @throws IllegalArgumentException when the name is too long or looks like a secret
    /// @throws dev.steward.model.access.AccessDenied when the acting user may not change settings
    public void setOrganisationName(String name) {
        setOrganisationName(name, null, false);
    }

    /// As {@link #setOrganisationName(String)}, refused when the stored name is no longer `readValue`, the name
    /// the person saw when they started to edit it (optimistic locking on the setting's value: a setting is one
    /// short value, so the value itself is its version).
    ///
    /// @param readValue the name as read ("" when none was set)
    /// @throws dev.steward.storage.StaleRecordException when someone changed it since, naming who and when
    public void setOrganisationName(String name, String readValue) {
        setOrganisationName(name, readValue == null ? "" : readValue, true);
    }

    private void setOrganisationName(String name, String readValue, boolean checked) {
        String value = name == null ? "" : name.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The organisation name is longer than " + MAX_LENGTH + " characters.");
        }
        SecretDetector.scan(value).ifPresent(finding -> {
            throw new IllegalArgumentException("The organisation name looks like a secret (" + finding.description() + ").");
        });
        db.dsl().transaction(configuration -> {
            var tx = configuration.dsl();
            String who = actor.authorize(tx, Permission.MANAGE_USERS);
            Instant at = DbTime.now(clock);
            var stored = tx.select(SETTING.SETTING_VALUE, SETTING.UPDATED_BY, SETTING.UPDATED_AT).from(SETTING)
                    .where(SETTING.SETTING_KEY.eq(ORGANISATION_NAME)).forUpdate().fetchOne();
            String before = stored == null ? null : stored.value1();
            if (checked && !readValue.equals(before == null ? "" : before)) {
                throw new dev.steward.storage.StaleRecordException("The organisation name", 0, readValue, 0, 1,
                        stored == null ? "someone" : stored.value2(),
                        stored == null ? at : DbTime.fromColumn(stored.value3()));
            }
            if (value.equals(before)) {
                return;
            }
            if (before == null) {
                tx.insertInto(SETTING).set(SETTING.SETTING_KEY, ORGANISATION_NAME).set(SETTING.SETTING_VALUE, value)
                        .set(SETTING.UPDATED_BY, who).set(SETTING.UPDATED_AT, DbTime.toColumn(at)).execute();
            } else {
                tx.update(SETTING).set(SETTING.SETTING_VALUE, value).set(SETTING.UPDATED_BY, who)
                        .set(SETTING.UPDATED_AT, DbTime.toColumn(at))
                        .where(SETTING.SETTING_KEY.eq(ORGANISATION_NAME)).execute();
            }
            new AuditLog(tx).append(List.of(new AuditEvent(0, at, who, ENTITY, 0, AuditLog.UPDATE,
                    ORGANISATION_NAME, before, value)));
        });
    }

    private Optional<String> value(String key) {
        return Optional.ofNullable(db.dsl().select(SETTING.SETTING_VALUE).from(SETTING)
                .where(SETTING.SETTING_KEY.eq(key)).fetchOne(SETTING.SETTING_VALUE));
    }
}
