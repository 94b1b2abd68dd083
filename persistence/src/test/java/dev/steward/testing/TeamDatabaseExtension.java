package dev.steward.testing;

import dev.steward.storage.TeamAddress;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/// A fresh team database on the test server ({@link TeamServer}) for each test class, or for each test with
/// {@link #perTest()}: `@RegisterExtension static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();`
public final class TeamDatabaseExtension implements BeforeAllCallback, BeforeEachCallback {
    private final boolean perTest;
    private volatile TeamAddress address;

    public TeamDatabaseExtension() {
        this(false);
    }

    private TeamDatabaseExtension(boolean perTest) {
        this.perTest = perTest;
    }

    /// A fresh database before every test instead of once per class.
    public static TeamDatabaseExtension perTest() {
        return new TeamDatabaseExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        address = TeamServer.get().freshDatabase();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perTest) {
            address = TeamServer.get().freshDatabase();
        }
    }

    public TeamAddress address() {
        return address;
    }

    public TeamServer server() {
        return TeamServer.get();
    }
}
