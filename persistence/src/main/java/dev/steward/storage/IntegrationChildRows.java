package dev.steward.storage;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static dev.steward.storage.jooq.Tables.INTEGRATION_AGENT_LINK;
import static dev.steward.storage.jooq.Tables.INTEGRATION_BACKUP_OWNER;
import static dev.steward.storage.jooq.Tables.INTEGRATION_CREDENTIAL;
import static dev.steward.storage.jooq.Tables.INTEGRATION_DATA_ACCESS;
import static dev.steward.storage.jooq.Tables.INTEGRATION_ENVIRONMENT;
import static dev.steward.storage.jooq.Tables.INTEGRATION_TOOL;
import static org.jooq.impl.DSL.noCondition;

/// The lists hanging off an integration row. Lists are stored with their index as {@code position}
/// and always replaced as a whole: simpler than diffing rows, and the audit log records what changed.
public final class IntegrationChildRows {

    /// Every child list of one integration, as read from the database.
    record Children(Set<DeploymentEnvironment> environments, List<Long> backupOwnerIds, List<DataAccess> dataAccess,
                    List<ToolAccess> tools, List<AgentLink> agentLinks, List<Credential> credentials) {
        static final Children NONE = new Children(Set.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /// The integration_id column of every child table.
    private static final List<TableField<?, Long>> OWNER_COLUMNS = List.of(
            INTEGRATION_ENVIRONMENT.INTEGRATION_ID, INTEGRATION_BACKUP_OWNER.INTEGRATION_ID,
            INTEGRATION_DATA_ACCESS.INTEGRATION_ID, INTEGRATION_TOOL.INTEGRATION_ID,
            INTEGRATION_AGENT_LINK.INTEGRATION_ID, INTEGRATION_CREDENTIAL.INTEGRATION_ID);

    private final DSLContext ctx;

    IntegrationChildRows(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// Loads the children of all given integrations with one query per table (not one per integration).
    Map<Long, Children> load(Collection<Long> integrationIds) {
        if (integrationIds.isEmpty()) {
            return Map.of();
        }
        return load(owner -> owner.in(integrationIds));
    }

    /// Loads the children of every stored integration, one plain read per table. Reading a whole register
    /// through {@link #load(Collection)} sent every id as an IN-list to each table, which H2 answers in time
    /// growing with the list times the table: about 22 s for 20,000 integrations.
    Map<Long, Children> loadAll() {
        return load(owner -> noCondition());
    }

    /// Every integration's lists but those of the rows `hidden` leaves out (an import not yet published).
    Map<Long, Children> loadAll(ImportBatches.Hidden hidden) {
        return hidden.none() ? loadAll() : load(owner -> owner.notIn(hidden.ids()));
    }

    /// Rows come in primary-key order (integration, position), so no table is sorted, and each list is
    /// filled in position order.
    private Map<Long, Children> load(Function<TableField<?, Long>, Condition> owned) {
        Map<Long, Builder> byId = new HashMap<>();
        Function<Long, Builder> of = id -> byId.computeIfAbsent(id, k -> new Builder());
        ctx.selectFrom(INTEGRATION_ENVIRONMENT).where(owned.apply(INTEGRATION_ENVIRONMENT.INTEGRATION_ID))
                .forEach(r -> of.apply(r.getIntegrationId()).environments
                        .add(DeploymentEnvironment.valueOf(r.getEnvironment())));
        ctx.selectFrom(INTEGRATION_BACKUP_OWNER).where(owned.apply(INTEGRATION_BACKUP_OWNER.INTEGRATION_ID))
                .orderBy(INTEGRATION_BACKUP_OWNER.INTEGRATION_ID, INTEGRATION_BACKUP_OWNER.POSITION)
                .forEach(r -> of.apply(r.getIntegrationId()).backupOwnerIds.add(r.getPersonId()));
        ctx.selectFrom(INTEGRATION_DATA_ACCESS).where(owned.apply(INTEGRATION_DATA_ACCESS.INTEGRATION_ID))
                .orderBy(INTEGRATION_DATA_ACCESS.INTEGRATION_ID, INTEGRATION_DATA_ACCESS.POSITION)
                .forEach(r -> of.apply(r.getIntegrationId()).dataAccess
                        .add(new DataAccess(r.getSystemName(), AccessLevel.valueOf(r.getAccessLevel()))));
        ctx.selectFrom(INTEGRATION_TOOL).where(owned.apply(INTEGRATION_TOOL.INTEGRATION_ID))
                .orderBy(INTEGRATION_TOOL.INTEGRATION_ID, INTEGRATION_TOOL.POSITION)
                .forEach(r -> of.apply(r.getIntegrationId()).tools
                        .add(new ToolAccess(r.getName(), ToolType.valueOf(r.getToolType()))));
        ctx.selectFrom(INTEGRATION_AGENT_LINK).where(owned.apply(INTEGRATION_AGENT_LINK.INTEGRATION_ID))
                .orderBy(INTEGRATION_AGENT_LINK.INTEGRATION_ID, INTEGRATION_AGENT_LINK.POSITION)
                .forEach(r -> of.apply(r.getIntegrationId()).agentLinks.add(new AgentLink(
                        LinkDirection.valueOf(r.getDirection()), r.getAgentName(), r.getHandsTokens())));
        ctx.selectFrom(INTEGRATION_CREDENTIAL).where(owned.apply(INTEGRATION_CREDENTIAL.INTEGRATION_ID))
                .orderBy(INTEGRATION_CREDENTIAL.INTEGRATION_ID, INTEGRATION_CREDENTIAL.POSITION)
                .forEach(r -> of.apply(r.getIntegrationId()).credentials.add(new Credential(r.getLabel(),
                        CredentialType.valueOf(r.getCredentialType()), SecretStorage.valueOf(r.getStoredIn()),
                        ColumnValues.duration(r.getLifetimeMinutes()), r.getLastRotated(),
                        r.getRotationIntervalDays())));
        Map<Long, Children> result = new HashMap<>();
        byId.forEach((id, builder) -> result.put(id, builder.build()));
        return result;
    }

    /// Deletes the stored children of {@code integrationId} and writes those of {@code integration} in order.
    void replace(long integrationId, Integration integration) {
        delete(integrationId);
        for (DeploymentEnvironment environment : integration.environments()) {
            ctx.insertInto(INTEGRATION_ENVIRONMENT)
                    .set(INTEGRATION_ENVIRONMENT.INTEGRATION_ID, integrationId)
                    .set(INTEGRATION_ENVIRONMENT.ENVIRONMENT, environment.name()).execute();
        }
        List<Long> owners = integration.backupOwnerIds();
        for (int i = 0; i < owners.size(); i++) {
            ctx.insertInto(INTEGRATION_BACKUP_OWNER)
                    .set(INTEGRATION_BACKUP_OWNER.INTEGRATION_ID, integrationId)
                    .set(INTEGRATION_BACKUP_OWNER.POSITION, i)
                    .set(INTEGRATION_BACKUP_OWNER.PERSON_ID, owners.get(i)).execute();
        }
        List<DataAccess> data = integration.dataAccess();
        for (int i = 0; i < data.size(); i++) {
            ctx.insertInto(INTEGRATION_DATA_ACCESS)
                    .set(INTEGRATION_DATA_ACCESS.INTEGRATION_ID, integrationId)
                    .set(INTEGRATION_DATA_ACCESS.POSITION, i)
                    .set(INTEGRATION_DATA_ACCESS.SYSTEM_NAME, data.get(i).system())
                    .set(INTEGRATION_DATA_ACCESS.ACCESS_LEVEL, data.get(i).level().name()).execute();
        }
        List<ToolAccess> tools = integration.tools();
        for (int i = 0; i < tools.size(); i++) {
            ctx.insertInto(INTEGRATION_TOOL)
                    .set(INTEGRATION_TOOL.INTEGRATION_ID, integrationId)
                    .set(INTEGRATION_TOOL.POSITION, i)
                    .set(INTEGRATION_TOOL.NAME, tools.get(i).name())
                    .set(INTEGRATION_TOOL.TOOL_TYPE, tools.get(i).type().name()).execute();
        }
        List<AgentLink> links = integration.agentLinks();
        for (int i = 0; i < links.size(); i++) {
            ctx.insertInto(INTEGRATION_AGENT_LINK)
                    .set(INTEGRATION_AGENT_LINK.INTEGRATION_ID, integrationId)
                    .set(INTEGRATION_AGENT_LINK.POSITION, i)
                    .set(INTEGRATION_AGENT_LINK.DIRECTION, links.get(i).direction().name())
                    .set(INTEGRATION_AGENT_LINK.AGENT_NAME, links.get(i).agent())
                    .set(INTEGRATION_AGENT_LINK.HANDS_TOKENS, links.get(i).handsTokens()).execute();
        }
        List<Credential> credentials = integration.credentials();
        for (int i = 0; i < credentials.size(); i++) {
            Credential c = credentials.get(i);
            ctx.insertInto(INTEGRATION_CREDENTIAL)
                    .set(INTEGRATION_CREDENTIAL.INTEGRATION_ID, integrationId)
                    .set(INTEGRATION_CREDENTIAL.POSITION, i)
                    .set(INTEGRATION_CREDENTIAL.LABEL, c.label())
                    .set(INTEGRATION_CREDENTIAL.CREDENTIAL_TYPE, c.type().name())
                    .set(INTEGRATION_CREDENTIAL.STORED_IN, c.storedIn().name())
                    .set(INTEGRATION_CREDENTIAL.LIFETIME_MINUTES, ColumnValues.minutes(c.lifetime()))
                    .set(INTEGRATION_CREDENTIAL.LAST_ROTATED, c.lastRotated())
                    .set(INTEGRATION_CREDENTIAL.ROTATION_INTERVAL_DAYS, c.rotationIntervalDays()).execute();
        }
    }

    private void delete(long integrationId) {
        for (TableField<?, Long> owner : OWNER_COLUMNS) {
            ctx.deleteFrom(owner.getTable()).where(owner.eq(integrationId)).execute();
        }
    }

    private static final class Builder {
        final Set<DeploymentEnvironment> environments = EnumSet.noneOf(DeploymentEnvironment.class);
        final List<Long> backupOwnerIds = new ArrayList<>();
        final List<DataAccess> dataAccess = new ArrayList<>();
        final List<ToolAccess> tools = new ArrayList<>();
        final List<AgentLink> agentLinks = new ArrayList<>();
        final List<Credential> credentials = new ArrayList<>();

        Children build() {
            return new Children(environments, backupOwnerIds, dataAccess, tools, agentLinks, credentials);
        }
    }
}
