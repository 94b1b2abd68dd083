package dev.steward.app.concurrent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/// The one way Steward runs blocking work: off the UI thread, with success, failure and finally
/// handlers back on the UI thread.
///
/// {@snippet :
/// Tasks.run(() -> service.integrations())
///      .onSuccess(rows::setAll)
///      .onFailure(dialogs::showError)
///      .andFinally(() -> busy.set(false))
///      .on(executor);
/// }
public final class Tasks<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    private final Callable<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> LOG.error("Background task failed", error);
    private Runnable andFinally = () -> { };

    private Tasks(Callable<T> work) {
        this.work = work;
    }

    public static <T> Tasks<T> run(Callable<T> work) {
        return new Tasks<>(work);
    }

    public Tasks<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public Tasks<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public Tasks<T> andFinally(Runnable handler) {
        this.andFinally = handler;
        return this;
    }

    public void on(UiExecutor executor) {
        executor.runInBackground(() -> {
            try {
                T result = work.call();
                executor.runOnUiThread(() -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        andFinally.run();
                    }
                });
            } catch (Exception | Error e) {
                LOG.debug("Background task failed", e);
                executor.runOnUiThread(() -> {
                    try {
                        onFailure.accept(e);
                    } finally {
                        andFinally.run();
                    }
                });
            }
        });
    }
}
