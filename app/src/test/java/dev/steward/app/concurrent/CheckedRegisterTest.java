package dev.steward.app.concurrent;

import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/// A view model test on a real register: a fresh register file, a service on it, and a {@link CheckedExecutor}
/// guarding it. After each test every task has ended, no read failed (`failures` is what the view model was
/// given to report them) and no rule of the UI thread was broken.
public abstract class CheckedRegisterTest {
    @TempDir
    protected Path dir;
    protected Database database;
    protected RegisterService service;
    protected CheckedExecutor tasks;
    protected final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void openCheckedRegister() {
        database = Database.open(dir.resolve("register"));
        service = new RegisterService(database, () -> "tester");
        tasks = new CheckedExecutor().guard(database);
    }

    @AfterEach
    void closeCheckedRegister() {
        tasks.settle();
        tasks.shutdown(Duration.ofSeconds(10));
        database.close();
        assertThat(failures).isEmpty();
        assertThat(tasks.violations()).isEmpty();
    }

    /// A proposed integration with nothing but its name and purpose.
    protected Integration proposed(String name) {
        return service.create(new Integration(0, 0, name, "Purpose of " + name, null, IntegrationKind.MCP_SERVER,
                null, null, LifecycleStatus.PROPOSED, null, null, null, null, null, null, null, null, null, null, null));
    }
}
