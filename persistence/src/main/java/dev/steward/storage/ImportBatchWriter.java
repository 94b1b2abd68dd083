package dev.steward.storage;

import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Integration;
import dev.steward.model.register.ToolAccess;
import dev.steward.storage.jooq.tables.records.IntegrationRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record2;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION_AGENT_LINK;
import static dev.steward.storage.jooq.Tables.INTEGRATION_BACKUP_OWNER;
import static dev.steward.storage.jooq.Tables.INTEGRATION_CREDENTIAL;
import static dev.steward.storage.jooq.Tables.INTEGRATION_DATA_ACCESS;
import static dev.steward.storage.jooq.Tables.INTEGRATION_ENVIRONMENT;
import static dev.steward.storage.jooq.Tables.INTEGRATION_TOOL;

/// Inserts many new integrations of one import batch ({@link ImportBatches}), their child rows and search
/// terms with a handful of statements per chunk, inside the caller's transaction. The rows carry the batch's id
/// and stay hidden until it is published; their CREATE audit events are appended by {@link ImportBatches#finish}.
///
/// Writes the same rows as {@link RegisterService#create}, which issues several statements per integration:
/// fine for one save, far too slow for an import of 100,000.
/// Integration rows go in as one multi-row insert that returns the new ids with the names, so ids are matched
/// by name (unique within an import) rather than by trusting the order of generated keys.
public final class ImportBatchWriter {
    private final DSLContext tx;
    private final Instant at;
    private final String who;
    private final Long batch;

    /// @param batch the import batch the rows belong to; `null` writes rows visible at once and without audit
    ///              events (bulk fixtures in tests)
    public ImportBatchWriter(DSLContext tx, Instant at, String who, Long batch) {
        this.tx = tx;
        this.at = at;
        this.who = who;
        this.batch = batch;
    }

    /// Inserts `drafts` (unsaved, names unique among them) and returns them as stored, in the same order.
    public List<Integration> insert(List<Integration> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        // rows are matched to their new ids by name, so a repeated name would hand one id to two records
        if (drafts.stream().map(Integration::name).distinct().count() != drafts.size()) {
            throw new IllegalArgumentException("Names must be unique within one batch");
        }
        OffsetDateTime stamp = DbTime.toColumn(at);
        InsertSetMoreStep<IntegrationRecord> insert = null;
        for (Integration draft : drafts) {
            IntegrationRecord row = tx.newRecord(INTEGRATION);
            IntegrationRepository.copyColumns(draft, row);
            row.setVersion(1L);
            row.setCreatedAt(stamp);
            row.setCreatedBy(who);
            row.setUpdatedAt(stamp);
            row.setUpdatedBy(who);
            row.setImportBatchId(batch);
            insert = insert == null ? tx.insertInto(INTEGRATION).set(row) : insert.newRecord().set(row);
        }
        Map<String, Long> idByName = new HashMap<>();
        for (Record2<Long, String> r : insert.returningResult(INTEGRATION.ID, INTEGRATION.NAME).fetch()) {
            idByName.put(r.value2(), r.value1());
        }
        List<Integration> saved = drafts.stream()
                .map(d -> d.stored(idByName.get(d.name()), 1, at, who)).toList();
        // a batch's rows join the dashboard's totals with their creation events (ImportBatches.finish)
        DashboardTally.Change tally = DashboardTally.inserted(tx, batch == null
                ? saved.stream().map(Integration::id).toList() : List.of());
        insertChildren(saved);
        new SearchTermIndex(tx).insert(saved);
        tally.apply();
        return saved;
    }

    private void insertChildren(List<Integration> saved) {
        BatchBindStep environments = tx.batch(tx.insertInto(INTEGRATION_ENVIRONMENT,
                INTEGRATION_ENVIRONMENT.INTEGRATION_ID, INTEGRATION_ENVIRONMENT.ENVIRONMENT).values(0L, ""));
        BatchBindStep owners = tx.batch(tx.insertInto(INTEGRATION_BACKUP_OWNER, INTEGRATION_BACKUP_OWNER.INTEGRATION_ID,
                INTEGRATION_BACKUP_OWNER.POSITION, INTEGRATION_BACKUP_OWNER.PERSON_ID).values(0L, 0, 0L));
        BatchBindStep data = tx.batch(tx.insertInto(INTEGRATION_DATA_ACCESS, INTEGRATION_DATA_ACCESS.INTEGRATION_ID,
                INTEGRATION_DATA_ACCESS.POSITION, INTEGRATION_DATA_ACCESS.SYSTEM_NAME,
                INTEGRATION_DATA_ACCESS.ACCESS_LEVEL).values(0L, 0, "", ""));
        BatchBindStep tools = tx.batch(tx.insertInto(INTEGRATION_TOOL, INTEGRATION_TOOL.INTEGRATION_ID,
                INTEGRATION_TOOL.POSITION, INTEGRATION_TOOL.NAME, INTEGRATION_TOOL.TOOL_TYPE).values(0L, 0, "", ""));
        BatchBindStep links = tx.batch(tx.insertInto(INTEGRATION_AGENT_LINK, INTEGRATION_AGENT_LINK.INTEGRATION_ID,
                INTEGRATION_AGENT_LINK.POSITION, INTEGRATION_AGENT_LINK.DIRECTION, INTEGRATION_AGENT_LINK.AGENT_NAME,
                INTEGRATION_AGENT_LINK.HANDS_TOKENS).values(0L, 0, "", "", false));
        BatchBindStep credentials = tx.batch(tx.insertInto(INTEGRATION_CREDENTIAL,
                INTEGRATION_CREDENTIAL.INTEGRATION_ID, INTEGRATION_CREDENTIAL.POSITION, INTEGRATION_CREDENTIAL.LABEL,
                INTEGRATION_CREDENTIAL.CREDENTIAL_TYPE, INTEGRATION_CREDENTIAL.STORED_IN,
                INTEGRATION_CREDENTIAL.LIFETIME_MINUTES, INTEGRATION_CREDENTIAL.LAST_ROTATED,
                INTEGRATION_CREDENTIAL.ROTATION_INTERVAL_DAYS).values(0L, 0, "", "", "", 0L, null, 0));
        for (Integration i : saved) {
            long id = i.id();
            for (DeploymentEnvironment e : i.environments()) {
                environments.bind(id, e.name());
            }
            for (int n = 0; n < i.backupOwnerIds().size(); n++) {
                owners.bind(id, n, i.backupOwnerIds().get(n));
            }
            for (int n = 0; n < i.dataAccess().size(); n++) {
                DataAccess d = i.dataAccess().get(n);
                data.bind(id, n, d.system(), d.level().name());
            }
            for (int n = 0; n < i.tools().size(); n++) {
                ToolAccess t = i.tools().get(n);
                tools.bind(id, n, t.name(), t.type().name());
            }
            for (int n = 0; n < i.agentLinks().size(); n++) {
                AgentLink a = i.agentLinks().get(n);
                links.bind(id, n, a.direction().name(), a.agent(), a.handsTokens());
            }
            for (int n = 0; n < i.credentials().size(); n++) {
                Credential c = i.credentials().get(n);
                credentials.bind(id, n, c.label(), c.type().name(), c.storedIn().name(),
                        ColumnValues.minutes(c.lifetime()), c.lastRotated(), c.rotationIntervalDays());
            }
        }
        for (BatchBindStep batch : List.of(environments, owners, data, tools, links, credentials)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }
}
