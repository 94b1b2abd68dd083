package dev.steward.app;

import dev.steward.app.concurrent.FxUiExecutor;
import dev.steward.app.concurrent.Tasks;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/// Quitting while work runs: the work ends first, then the database closes.
class AppShutdownTest {
    @TempDir
    Path dir;

    @Test
    void workStillRunningAtQuitEndsBeforeTheDatabaseCloses() throws Exception {
        Database db = Database.open(dir.resolve("register"));
        RegisterService service = new RegisterService(db, () -> "tester");
        FxUiExecutor executor = new FxUiExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopAsked = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Tasks.run(() -> {
            started.countDown();
            // a job that writes its last part after being asked to stop, as an import finishes its chunk
            stopAsked.await(30, TimeUnit.SECONDS);
            try {
                outcome.set(service.create(draft("Written during quit")));
            } catch (RuntimeException e) {
                outcome.set(e);
            }
            return null;
        }).onCancel(stopAsked::countDown).on(executor);
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        AppShutdown.stopWorkThenClose(executor, Duration.ofSeconds(30), db::close);

        assertThat(outcome.get()).isInstanceOf(Integration.class);
        try (Database reopened = Database.open(dir.resolve("register"))) {
            assertThat(new RegisterService(reopened, () -> "tester").integrations())
                    .extracting(Integration::name).containsExactly("Written during quit");
        }
    }

    private static Integration draft(String name) {
        Integration d = Integration.draft(name, IntegrationKind.ASSISTANT_COPILOT);
        return new Integration(0, 0, name, "Purpose of " + name, null, d.kind(), null, null, d.status(),
                null, null, null, null, null, null, null, null, null, null, null);
    }
}
