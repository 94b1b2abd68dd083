package dev.steward.model.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static dev.steward.model.access.Permission.*;
import static org.junit.jupiter.api.Assertions.*;

class AccessPolicyTest {
    private final AccessPolicy policy = AccessPolicy.standard();

    private static User user(String name, boolean active, Role... roles) {
        return new User(1, name, name.toUpperCase(), "", Set.of(roles), active);
    }

    @Test
    void roleMatrix() {
        assertEquals(EnumSet.of(VIEW_REGISTER, VIEW_ATTESTATIONS, VIEW_AUDIT_LOG, EXPORT_EVIDENCE, EDIT_INTEGRATIONS,
                CLASSIFY_INTEGRATIONS, ASSESS_CONTROLS, SUBMIT_ATTESTATIONS, DECIDE_CAMPAIGN_ITEMS), policy.permissionsOf(Role.REVIEWER));
        assertEquals(EnumSet.of(VIEW_REGISTER, VIEW_ATTESTATIONS, VIEW_AUDIT_LOG, EXPORT_EVIDENCE, SIGN_ATTESTATIONS,
                RETURN_ATTESTATIONS, MANAGE_OWN_SIGNING_KEY, VERIFY_SIGNATURES, MANAGE_CAMPAIGNS,
                DECIDE_CAMPAIGN_ITEMS), policy.permissionsOf(Role.MANAGER));
        assertEquals(EnumSet.of(VIEW_REGISTER, VIEW_ATTESTATIONS, VIEW_AUDIT_LOG, VERIFY_SIGNATURES, EXPORT_EVIDENCE),
                policy.permissionsOf(Role.AUDITOR));
        assertEquals(EnumSet.of(VIEW_REGISTER, VIEW_ATTESTATIONS, VIEW_AUDIT_LOG, MANAGE_USERS,
                MANAGE_OWN_SIGNING_KEY), policy.permissionsOf(Role.ADMIN));
    }

    @Test
    void auditorIsReadOnly() {
        assertTrue(policy.permissionsOf(Role.AUDITOR).stream().allMatch(Permission::readOnly));
    }

    @Test
    void rolesAddUp() {
        User both = user("bea", true, Role.REVIEWER, Role.MANAGER);
        assertTrue(policy.allows(both, SUBMIT_ATTESTATIONS));
        assertTrue(policy.allows(both, SIGN_ATTESTATIONS));
        assertFalse(policy.allows(both, MANAGE_USERS));
    }

    @Test
    void requireNamesTheUserAndTheRoleNeeded() {
        var e = assertThrows(AccessDenied.class, () -> policy.require(user("ada", true, Role.AUDITOR), SIGN_ATTESTATIONS));
        assertEquals("ADA (ada) may not sign attestations: that needs the Manager role.", e.getMessage());
        policy.require(user("max", true, Role.MANAGER), SIGN_ATTESTATIONS);
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void deactivatedUsersMayDoNothing(Permission permission) {
        User gone = user("old", false, Role.values());
        assertFalse(policy.allows(gone, permission));
        var e = assertThrows(AccessDenied.class, () -> policy.require(gone, permission));
        assertTrue(e.getMessage().contains("deactivated"));
    }

    @Test
    void separationOfDuties() {
        User both = user("bea", true, Role.REVIEWER, Role.MANAGER);
        assertFalse(policy.maySign(both, "bea"));
        assertTrue(policy.maySign(both, "rita"));
        var e = assertThrows(AccessDenied.class, () -> policy.requireMaySign(both, "bea"));
        assertTrue(e.getMessage().contains("separation of duties"));
        policy.requireMaySign(both, "rita");
        assertFalse(policy.maySign(user("rita", true, Role.REVIEWER), "bea"));
    }
}
