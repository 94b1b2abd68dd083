package dev.steward.app.dialog;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTextTest {
    @Test
    void aLockedTableSaysTheRegisterIsBusyNotTheSql() {
        SQLException timeout = new SQLException("Timeout trying to lock table \"AUDIT_EVENT\"; SQL statement: "
                + "INSERT INTO audit_event ...", "HYT00", 50200);
        String text = ErrorText.of(new DataAccessException("SQL [insert into ...]; " + timeout.getMessage(), timeout));
        assertThat(text).contains("busy").contains("try again").doesNotContain("SQL").doesNotContain("AUDIT_EVENT");
    }

    @Test
    void aLibrarysOwnWordsAreNotShown() {
        assertThat(ErrorText.of(new NullPointerException("Cannot invoke \"Object.toString()\" because \"x\" is null")))
                .isEqualTo("Steward could not finish this because of an unexpected error. The details are in the log.");
        assertThat(ErrorText.of(catching(() -> Integer.parseInt("abc")))).contains("unexpected error");
        assertThat(ErrorText.of(new DataAccessException("SQL [select 1]; Column \"X\" not found")))
                .contains("unexpected error");
    }

    @Test
    void stewardsOwnMessagesAreShownAsWritten() {
        assertThat(ErrorText.of(new AccessDenied("Otto Auditor (otto) may not edit integrations.")))
                .isEqualTo("Otto Auditor (otto) may not edit integrations.");
        assertThat(ErrorText.of(new ValidationException(List.of(new ValidationProblem("name", "Enter a name."),
                new ValidationProblem("purpose", "Say what it is for."))))).isEqualTo("Enter a name.\nSay what it is for.");
        assertThat(ErrorText.of(new UncheckedIOException(new NoSuchFileException("/tmp/gone.csv"))))
                .isEqualTo("The file /tmp/gone.csv does not exist.");
    }

    private static RuntimeException catching(Runnable failing) {
        try {
            failing.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("did not fail");
    }
}
