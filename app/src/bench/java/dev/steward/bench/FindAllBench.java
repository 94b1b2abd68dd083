package dev.steward.bench;

import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;

import java.util.List;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION_AGENT_LINK;
import static dev.steward.storage.jooq.Tables.INTEGRATION_BACKUP_OWNER;
import static dev.steward.storage.jooq.Tables.INTEGRATION_CREDENTIAL;
import static dev.steward.storage.jooq.Tables.INTEGRATION_DATA_ACCESS;
import static dev.steward.storage.jooq.Tables.INTEGRATION_ENVIRONMENT;
import static dev.steward.storage.jooq.Tables.INTEGRATION_TOOL;

/// `IntegrationRepository.findAll()` before and after it stopped sending every id as an IN-list to each
/// child table. "Before" replays the old reads (the same seven queries); "after" is the real method. The
/// raw limit is reading the same seven tables whole.
final class FindAllBench {
    private static final List<TableField<?, Long>> CHILDREN = List.of(INTEGRATION_ENVIRONMENT.INTEGRATION_ID,
            INTEGRATION_BACKUP_OWNER.INTEGRATION_ID, INTEGRATION_DATA_ACCESS.INTEGRATION_ID,
            INTEGRATION_TOOL.INTEGRATION_ID, INTEGRATION_AGENT_LINK.INTEGRATION_ID,
            INTEGRATION_CREDENTIAL.INTEGRATION_ID);

    private FindAllBench() {
    }

    static void run(BenchConfig config, Results results) {
        int size = config.findAllSize();
        try (Database db = BenchData.freshRegister(config.out().resolve("data"), "findall")) {
            BenchData.people(db.dataSource(), BenchData.peopleFor(size));
            BenchData.integrations(db.dataSource(), 1, size, BenchData.peopleFor(size), true, 0);
            RegisterService service = new RegisterService(db, () -> BenchData.ACTOR);
            DSLContext ctx = db.dsl();
            double raw = Timing.median(1, 3, () -> {
                ctx.selectFrom(INTEGRATION).fetch();
                CHILDREN.forEach(owner -> ctx.selectFrom(owner.getTable()).fetch());
                return null;
            });
            double before = Timing.median(0, 1, () -> {
                List<Long> ids = ctx.selectFrom(INTEGRATION).fetch(INTEGRATION.ID);
                for (TableField<?, Long> owner : CHILDREN) {
                    Table<?> table = owner.getTable();
                    ctx.selectFrom(table).where(owner.in(ids)).fetch();
                }
                return null;
            });
            double after = Timing.median(1, 3, service::integrations);
            String label = size + " integrations";
            results.add(Result.of("findAll before: child rows by IN-list of every id", label, before, "ms", raw,
                    "read the seven tables whole", "", null));
            results.add(Result.of("findAll after: child rows read whole, in key order", label, after, "ms", raw,
                    "read the seven tables whole", "", null));
        }
    }
}
