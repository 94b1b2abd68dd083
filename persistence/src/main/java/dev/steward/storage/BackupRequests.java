package dev.steward.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/// Lets `steward backup` take a consistent copy while another process (the desktop app) holds the register.
///
/// H2 locks the file to the process that opened it, and Steward deliberately runs no database server, so a
/// second process cannot read it. Instead the holder takes the backup for it: the requester drops a small
/// request file beside the register naming the target zip, the holder runs H2's `BACKUP TO` (one consistent
/// moment) and answers with a result file. Only someone who can write to the register's folder can ask, which
/// is already everyone who could copy the file itself; no network port is opened.
public final class BackupRequests implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupRequests.class);
    private static final String REQUEST = ".backup-request-";
    private static final String DONE = ".backup-done-";
    static final Duration POLL = Duration.ofMillis(250);

    private final Path base;
    private final Database db;
    private final ScheduledExecutorService poller;

    private BackupRequests(Path base, Database db) {
        this.base = base;
        this.db = db;
        this.poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("steward-backup-requests").factory());
    }

    /// Starts answering requests for the register `db` holds, until {@link #close()}.
    static BackupRequests serve(Path base, Database db) {
        BackupRequests requests = new BackupRequests(base, db);
        requests.poller.scheduleWithFixedDelay(requests::answerPending, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        return requests;
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    private void answerPending() {
        try (DirectoryStream<Path> pending = Files.newDirectoryStream(base.getParent(), base.getFileName() + REQUEST + "*")) {
            for (Path request : pending) {
                answer(request);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Checking for backup requests failed", e);
        }
    }

    private void answer(Path request) {
        String id = request.getFileName().toString().substring((base.getFileName() + REQUEST).length());
        String result;
        try {
            Path partial = Path.of(Files.readString(request, StandardCharsets.UTF_8).strip());
            try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            result = "OK";
            LOG.info("Backed up {} for another process to {}", Database.fileOf(base), partial);
        } catch (IOException | SQLException | RuntimeException e) {
            result = "ERROR " + e.getMessage();
        }
        try {
            Path done = base.resolveSibling(base.getFileName() + DONE + id);
            Path temp = base.resolveSibling(base.getFileName() + DONE + id + ".tmp");
            Files.writeString(temp, result, StandardCharsets.UTF_8);
            Files.move(temp, done, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(request);
        } catch (IOException e) {
            LOG.warn("Could not answer backup request {}", request, e);
        }
    }

    /// Asks the process holding the register at `base` to write a consistent backup to `partial`, and waits.
    ///
    /// @return null when the holder wrote it, else why not
    /// @throws java.util.concurrent.TimeoutException when nobody answered in time (the holder is not a Steward
    ///                                               that serves requests, or it hangs); the request is withdrawn
    public static String requestFromHolder(Path base, Path partial, Duration timeout) throws IOException, InterruptedException,
            java.util.concurrent.TimeoutException {
        String id = UUID.randomUUID().toString();
        Path request = base.resolveSibling(base.getFileName() + REQUEST + id);
        Path temp = base.resolveSibling(".tmp-" + base.getFileName() + REQUEST + id);
        Path done = base.resolveSibling(base.getFileName() + DONE + id);
        Files.writeString(temp, partial.toString(), StandardCharsets.UTF_8);
        Files.move(temp, request, StandardCopyOption.ATOMIC_MOVE); // the holder never sees half a request
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!Files.exists(done)) {
                if (System.nanoTime() > deadline) {
                    throw new java.util.concurrent.TimeoutException("no answer within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(POLL.toMillis() / 2);
            }
            String result = Files.readString(done, StandardCharsets.UTF_8);
            return result.equals("OK") ? null : result.substring(Math.min(result.length(), "ERROR ".length()));
        } finally {
            Files.deleteIfExists(request);
            Files.deleteIfExists(done);
        }
    }
}
