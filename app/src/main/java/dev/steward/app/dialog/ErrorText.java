package dev.steward.app.dialog;

import dev.steward.service.RegisterServices;

import dev.steward.app.i18n.Messages;
import dev.steward.model.csv.CsvProblem;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.service.transfer.ImportRefusedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/// The one place where a failure becomes text for a person. Steward's own exceptions carry sentences written
/// for the user (a validation problem, a refusal, a conflict) and are shown as they are; what comes from a
/// library (SQL, jOOQ, the JDK) is not: a locked table says the register is busy, a file problem names the
/// file, and anything else says that the details are in the log (where {@link dev.steward.app.concurrent.Tasks}
/// has put them).
public final class ErrorText {
    private static final int LISTED_PROBLEMS = 20;

    private ErrorText() {
    }

    public static String of(Throwable error) {
        Throwable e = unwrapped(error);
        if (RegisterServices.isBusy(e)) {
            return Messages.get("error.text.busy");
        }
        return switch (e) {
            case ValidationException invalid -> invalid.problems().stream().map(ValidationProblem::message)
                    .collect(Collectors.joining("\n"));
            case ImportRefusedException refused -> refused.getMessage() + "\n" + refused.problems().stream()
                    .limit(LISTED_PROBLEMS).map(CsvProblem::toString).collect(Collectors.joining("\n"));
            case CancellationException cancelled -> Messages.get("error.text.cancelled");
            case NoSuchFileException missing -> Messages.format("error.text.noFile", missing.getFile());
            case AccessDeniedException denied -> Messages.format("error.text.fileDenied", denied.getFile());
            case FileSystemException file -> Messages.format("error.text.file", file.getFile(),
                    file.getReason() == null ? "" : file.getReason());
            case IOException io -> Messages.get("error.text.io");
            default -> ownMessage(e);
        };
    }

    /// A message from Steward's own code (its exception type, or an argument check it made) is meant for the
    /// user; anything else is not shown.
    private static String ownMessage(Throwable e) {
        boolean ours = e.getClass().getName().startsWith("dev.steward.")
                || e instanceof IllegalArgumentException && thrownBySteward(e);
        if (ours && e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return Messages.get("error.text.unexpected");
    }

    /// True when Steward's own code threw `e` (not a library it called).
    public static boolean thrownBySteward(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("dev.steward.");
    }

    private static Throwable unwrapped(Throwable error) {
        Throwable e = error;
        while ((e instanceof UncheckedIOException || e instanceof ExecutionException || e instanceof CompletionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
