package dev.steward.storage;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/// Live updates of a team register: a dedicated connection LISTENs on channel `steward_changes`, which every
/// writing transaction notifies at commit (db/postgresql V13, trigger on audit_event). Each notice, or a burst of
/// them, becomes one {@link Listener#changed} call; when the connection drops, notices sent meanwhile are lost,
/// so after reconnecting the listener is told to refresh everything ({@link Listener#reconnected}).
///
/// One daemon thread per open register waits on the connection (no polling of tables); it reconnects with a
/// growing pause (up to 30 s) while the server is away, and ends on {@link #close()}.
public final class TeamChanges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamChanges.class);
    static final String CHANNEL = "steward_changes";
    /// How long one wait for notices lasts; also how soon {@link #close()} is noticed.
    private static final int WAIT_MILLIS = 500;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    /// What a window does with a change made elsewhere. Called on the listening thread: hand it to the UI thread.
    public interface Listener {
        /// Someone committed a change; `by` is the login of one of the writers.
        void changed(String by);

        /// The connection was lost and is back: notices may have been missed, so refresh everything.
        void reconnected();
    }

    private final TeamAddress address;
    private final Properties login;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private TeamChanges(TeamAddress address, Properties login, Listener listener) {
        this.address = address;
        this.login = login;
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("steward-team-changes").unstarted(this::run);
    }

    /// Starts listening as `user`; the first connection is made before this returns.
    ///
    /// @throws DatabaseOpenException when the server cannot be reached
    static TeamChanges start(TeamAddress address, String user, char[] password, Listener listener) {
        Properties login = new Properties();
        login.setProperty("user", user);
        if (password != null) {
            login.setProperty("password", new String(password));
        }
        login.setProperty("sslmode", address.sslMode());
        login.setProperty("ApplicationName", "Steward live updates");
        TeamChanges changes = new TeamChanges(address, login, listener);
        try {
            changes.connection = changes.connect();
        } catch (SQLException e) {
            throw PostgresEngine.translate(e, address, user);
        }
        changes.thread.start();
        return changes;
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(address.jdbcUrl(), login);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
        return c;
    }

    private void run() {
        long pause = 500;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = connect();
                    pause = 500;
                    LOG.info("Live updates from {} are back; refreshing everything", address);
                    listener.reconnected();
                }
                PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notices != null && notices.length > 0) {
                    listener.changed(notices[notices.length - 1].getParameter());
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Live updates from {} interrupted ({}); reconnecting", address, e.getMessage());
                closeQuietly();
                sleep(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            } catch (RuntimeException e) {
                // a listener's own failure must not end live updates
                LOG.warn("A live-update listener failed", e);
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
        login.remove("password");
    }
}
