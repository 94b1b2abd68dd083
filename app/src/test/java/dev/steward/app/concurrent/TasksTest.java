package dev.steward.app.concurrent;

import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// The task contract, and the checks the view-model tests rely on.
class TasksTest {
    @TempDir
    Path dir;
    private final CheckedExecutor tasks = new CheckedExecutor();
    private final List<String> seen = new ArrayList<>();

    @Test
    void resultsAndFailuresComeBackOnTheUiThreadOnly() {
        Thread ui = Thread.currentThread();
        List<Thread> workers = new ArrayList<>();
        Tasks.run(() -> {
            workers.add(Thread.currentThread());
            return "rows";
        }).onSuccess(seen::add).andFinally(() -> seen.add("finally " + (Thread.currentThread() == ui))).on(tasks);
        Tasks.run(() -> {
            throw new IllegalStateException("broken");
        }).onFailure(e -> seen.add("failed: " + e.getMessage())).on(tasks);
        assertThat(seen).as("nothing before the UI thread is free").isEmpty();

        tasks.settle();
        assertThat(workers).singleElement().isNotSameAs(ui);
        assertThat(seen).containsExactly("rows", "finally true", "failed: broken");
    }

    @Test
    void aCancelledTaskDeliversNothingButStillFinishes() {
        tasks.hold();
        TaskHandle handle = Tasks.run(() -> "late rows").onSuccess(seen::add)
                .onFailure(e -> seen.add("failed")).andFinally(() -> seen.add("finally"))
                .onCancel(() -> seen.add("asked to stop")).on(tasks);
        handle.cancel();
        handle.cancel();
        tasks.release();
        tasks.settle();
        assertThat(handle.isCancelled()).isTrue();
        assertThat(handle.isDone()).isTrue();
        assertThat(seen).containsExactly("asked to stop", "finally");
    }

    @Test
    void workThatCouldReadAPropertyFailsTheTest() {
        SimpleStringProperty searchText = new SimpleStringProperty("typed");
        Tasks.run(searchText::get).on(tasks);
        assertThatThrownBy(tasks::settle).isInstanceOf(AssertionError.class).hasMessageContaining("an observable");

        Holder holder = new Holder();
        Tasks.run(() -> holder.text.get()).on(tasks);
        assertThatThrownBy(tasks::settle).isInstanceOf(AssertionError.class).hasMessageContaining("holds observable text");

        String value = searchText.get();
        Tasks.run(() -> value.length()).on(tasks);
        tasks.settle();
    }

    @Test
    void aFollowUpThatReadsTheDatabaseFailsTheTest() {
        try (Database db = Database.open(dir.resolve("register"))) {
            tasks.guard(db);
            RegisterService service = new RegisterService(db, () -> "tester");
            assertThat(service.people()).as("the test itself may read").isEmpty();
            Tasks.run(service::people).onSuccess(people -> service.integrations()).on(tasks);
            assertThatThrownBy(tasks::settle).hasMessageContaining("database used on the UI thread");
            assertThat(tasks.violations()).singleElement().asString().contains("follow-up used the database");
            tasks.shutdown(Duration.ofSeconds(10));
        }
    }

    private static final class Holder {
        final SimpleStringProperty text = new SimpleStringProperty("x");
    }
}
