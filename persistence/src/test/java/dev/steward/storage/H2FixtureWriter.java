package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.testing.LegacyRows;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/// Writes the register files that {@link OlderH2FilesTest} opens, with whatever H2 is on the class path, into
/// {@code <folder>/h2-<H2 version>/}, gzipped. Run once with an older H2 in place of the pinned one; from the
/// repository root, for H2 2.5.252:
///
/// ```
/// ./mvnw25 -B -q -pl persistence -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
///     -Dmdep.outputFile=$PWD/cp.txt -Dh2.version=2.5.252
/// java -cp "persistence/target/test-classes:persistence/target/classes:$(cat cp.txt)" \
///     dev.steward.storage.H2FixtureWriter persistence/src/test/resources/registers
/// ```
///
/// The files: a first-schema register (plain and encrypted) as the first release left it, a current-schema
/// register with the sample data and one edit closed by {@link Database#close()}, and a copy of that one whose
/// writer was killed with SIGKILL in the middle of edits. (An encrypted current-schema file would add 200 KB of
/// incompressible bytes and nothing the encrypted first-schema file does not already check.)
public final class H2FixtureWriter {
    /// a few commits: several chunks after the last clean close, few enough to keep the file small
    private static final int KILL_AFTER_LINES = 5;
    private static final String EDIT = "--edit-until-killed";
    static final char[] PASSPHRASE = "fixture passphrase for older registers".toCharArray();

    private H2FixtureWriter() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals(EDIT)) {
            editUntilKilled(Path.of(args[1]));
            return;
        }
        String version;
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:version")) {
            version = c.getMetaData().getDatabaseProductVersion().split(" ")[0];
        }
        Path out = Path.of(args[0]).resolve("h2-" + version);
        Files.createDirectories(out);
        Path scratch = Files.createTempDirectory("h2-fixtures");

        firstSchema(scratch.resolve("v1-plain"), null);
        firstSchema(scratch.resolve("v1-encrypted"), PASSPHRASE);
        current(scratch.resolve("current-plain"), null);
        killed(scratch.resolve("killed"), scratch.resolve("current-plain"));
        for (String name : new String[]{"v1-plain", "v1-encrypted", "current-plain", "killed"}) {
            try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out.resolve(name + ".mv.db.gz")))) {
                Files.copy(Database.fileOf(scratch.resolve(name)), gz);
            }
        }
        System.out.println("Wrote the register files of H2 " + version + " to " + out);
    }

    /// The first release's schema (V1) and rows written as it wrote them, as {@link SchemaUpgradeTest} builds it.
    private static void firstSchema(Path base, char[] passphrase) throws Exception {
        String url = Database.jdbcUrl(base, passphrase);
        String password = Database.password(passphrase);
        JdbcDataSource dataSource = new JdbcDataSource(); // Flyway's own data source trims the password's space
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword(password);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
            new PersonRepository(DSL.using(c, SQLDialect.H2))
                    .insert(Person.draft("Zoë Łukasz", "zoe@example.com", "CISO", "Security"),
                            Instant.parse("2026-01-05T10:00:00Z"));
            LegacyRows.integration(c, "Kept", "Summarises support tickets");
            c.createStatement().execute("SHUTDOWN");
        }
    }

    /// The current schema with the sample data and one edit, written and closed by Steward's own code path.
    private static void current(Path base, char[] passphrase) {
        try (Database db = Database.open(base, passphrase)) {
            RegisterService service = new RegisterService(db, () -> "fixture");
            service.loadSampleData();
            edit(service, "Edited before the upgrade");
        }
    }

    /// A copy of the current-schema register is edited by a child process until it is killed with SIGKILL, so the
    /// file is left unclosed, as a crash or a power cut leaves it. (A {@link CrashWorker} run makes a file of
    /// several megabytes; a few edits of a compact file keep it small.)
    private static void killed(Path base, Path from) throws Exception {
        Files.copy(Database.fileOf(from), Database.fileOf(base));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), H2FixtureWriter.class.getName(), EDIT, base.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (lines < KILL_AFTER_LINES && in.readLine() != null) {
                lines++;
            }
            child.destroyForcibly();
        }
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the editing child did not die");
        }
    }

    /// The child of {@link #killed}: edits the first integration again and again, one line per commit.
    private static void editUntilKilled(Path base) {
        Database db = Database.open(base); // never closed: the process is killed
        RegisterService service = new RegisterService(db, () -> "fixture");
        for (int edit = 1; ; edit++) {
            edit(service, "Edit " + edit + " before the kill");
            System.out.println("EDIT " + edit);
            System.out.flush();
        }
    }

    private static void edit(RegisterService service, String purpose) {
        Integration first = service.integrations().getFirst();
        service.update(new Integration(first.id(), first.version(), first.name(), purpose,
                first.vendor(), first.kind(), first.pipelineRole(), first.environments(), first.status(),
                first.sponsorId(), first.technicalOwnerId(), first.backupOwnerIds(), first.dataAccess(),
                first.tools(), first.agentLinks(), first.credentials(), first.revocation(), first.nextReview(),
                first.updatedAt(), first.updatedBy()));
    }
}
