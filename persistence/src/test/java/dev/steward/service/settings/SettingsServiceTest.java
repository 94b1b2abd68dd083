package dev.steward.service.settings;

import dev.steward.service.access.Actor;
import dev.steward.storage.AuditLog;
import dev.steward.testing.AttestationFixture;

import dev.steward.model.access.AccessDenied;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsServiceTest extends AttestationFixture {

    private SettingsService settingsAs(dev.steward.model.access.User user) {
        return new SettingsService(db, Actor.signedIn(() -> user), Clock.systemUTC());
    }

    @Test
    void anAdministratorSetsTheOrganisationNameAndItIsAudited() {
        dev.steward.model.access.User root = users.user("root").orElseThrow();
        assertThat(service.organisationName()).isEmpty();

        settingsAs(root).setOrganisationName("  Acme Insurance 株式会社  ");

        assertThat(service.organisationName()).isEqualTo("Acme Insurance 株式会社");
        assertThat(db.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.FIELD.eq(SettingsService.ORGANISATION_NAME))).isEqualTo(1);
        settingsAs(root).setOrganisationName("Acme Insurance 株式会社"); // unchanged: no new event
        assertThat(db.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.FIELD.eq(SettingsService.ORGANISATION_NAME))).isEqualTo(1);
        assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
    }

    /// Two administrators edit the name from the same reading: the second save is refused, naming the first.
    @Test
    void aChangeOverANameChangedSinceItWasReadIsRefused() {
        dev.steward.model.access.User root = users.user("root").orElseThrow();
        String read = service.organisationName();
        settingsAs(root).setOrganisationName("Acme Insurance", read);

        assertThatThrownBy(() -> settingsAs(root).setOrganisationName("Acme Reinsurance", read))
                .isInstanceOf(dev.steward.storage.StaleRecordException.class)
                .hasMessageContaining("was changed by root");
        assertThat(service.organisationName()).isEqualTo("Acme Insurance");
        settingsAs(root).setOrganisationName("Acme Reinsurance", service.organisationName());
        assertThat(service.organisationName()).isEqualTo("Acme Reinsurance");
    }

    @Test
    void otherRolesMayNotChangeItAndNothingIsWritten() {
        assertThatThrownBy(() -> settingsAs(max).setOrganisationName("Evil Corp")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> settingsAs(otto).setOrganisationName("Evil Corp")).isInstanceOf(AccessDenied.class);
        assertThat(service.organisationName()).isEmpty();
    }

    @Test
    void secretsAndOverlongNamesAreRefused() {
        dev.steward.model.access.User root = users.user("root").orElseThrow();
        assertThatThrownBy(() -> settingsAs(root).setOrganisationName("AKIAIOSFODNN7EXAMPLE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
        assertThatThrownBy(() -> settingsAs(root).setOrganisationName("x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
        assertThat(service.organisationName()).isEmpty();
    }
}
