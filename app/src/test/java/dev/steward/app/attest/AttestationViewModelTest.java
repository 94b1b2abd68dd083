package dev.steward.app.attest;

import dev.steward.service.access.Actor;
import dev.steward.app.RecordingDialogs;
import dev.steward.app.concurrent.CheckedExecutor;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.dialog.SaveTarget;
import dev.steward.app.export.AttestationExport;
import dev.steward.app.export.bundle.BundleVerifier;
import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.register.Integration;
import dev.steward.service.attestation.AttestationService;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/// The attestation window's view models against a real H2 file, with background work on a second thread.
class AttestationViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private AttestTestData data;
    private Integration integration;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<User> user = new SimpleObjectProperty<>();
    private AttestationViewModel vm;
    private CheckedExecutor tasks;
    private AttestationService service;
    private RegisterService register;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("register"));
        tasks = new CheckedExecutor().guard(db);
        register = new RegisterService(db, () -> "tester");
        register.loadSampleData();
        integration = AttestTestData.classifiedSample(register);
        data = new AttestTestData(db);
        user.set(data.rita);
        tasks.settle();
        service = new AttestationService(db, Actor.signedIn(user::get), Clock.systemUTC(), ControlCatalog.builtIn());
        vm = new AttestationViewModel(new AttestContext(service, register, tasks, dialogs, user::get,
                user, integration, ControlCatalog.builtIn(), Clock.systemUTC()));
        vm.reload();
        tasks.settle();
    }

    @AfterEach
    void close() {
        tasks.settle();
        tasks.shutdown(java.time.Duration.ofSeconds(10));
        db.close();
    }

    @Test
    void everyApplicableControlIsListedWithItsMappingsAndUnverifiedItemsAreMarked() {
        assertThat(vm.rows()).isNotEmpty();
        assertThat(vm.rows()).allSatisfy(r -> {
            assertThat(r.reason()).isNotBlank();
            assertThat(r.statusLabel()).isEqualTo("Not assessed");
        });
        List<String> lines = vm.rows().stream().flatMap(r -> r.mappingLines().stream()).toList();
        assertThat(lines).filteredOn(l -> l.startsWith("ISO/IEC 42001")).isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith("(unverified)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("OWASP NHI NHI"));
        assertThat(vm.selectedProperty().get()).isEqualTo(vm.rows().getFirst());
        assertThat(vm.signOff().problems()).isNotEmpty();
        assertThat(vm.signOff().canSubmitProperty().get()).isFalse();
    }

    @Test
    void notApplicableNeedsAJustificationBeforeSaveIsEnabled() {
        var form = vm.form();
        assertThat(vm.canSaveProperty().get()).as("nothing changed yet").isFalse();
        form.status.set(AssessmentStatus.NOT_APPLICABLE);
        assertThat(form.justificationProblem().get()).contains("why");
        assertThat(vm.canSaveProperty().get()).isFalse();
        form.justification.set("Runs only on the isolated test network.");
        assertThat(form.justificationProblem().get()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();

        vm.save();
        tasks.settle();

        ControlRow saved = vm.selectedProperty().get();
        assertThat(saved.assessment().status()).isEqualTo(AssessmentStatus.NOT_APPLICABLE);
        assertThat(saved.assessment().justification()).isEqualTo("Runs only on the isolated test network.");
        assertThat(vm.canSaveProperty().get()).as("saved, so unchanged").isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void evidenceIsAttachedWithItsDetailsAndACopyMatchesTheOriginal() throws Exception {
        Path file = Files.writeString(dir.resolve("rotation-log.txt"), "rotated 2026-03-01 by Zoë", StandardCharsets.UTF_8);
        dialogs.fileToOpen = Optional.of(file);
        vm.attachEvidence((name, today) -> {
            assertThat(name).isEqualTo("rotation-log.txt");
            return Optional.of(new EvidenceDetails(LocalDate.of(2026, 3, 1), "March rotation"));
        });
        tasks.settle();

        assertThat(vm.evidence()).singleElement().satisfies(e -> {
            assertThat(e.ref().fileName()).isEqualTo("rotation-log.txt");
            assertThat(e.ref().effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(e.ref().uploadedBy()).isEqualTo("rita");
            assertThat(AttestationText.shortHash(e.ref().sha256())).hasSize(13).contains("…");
        });
        Path copy = dir.resolve("copy.txt");
        dialogs.fileToSave = Optional.of(new SaveTarget(copy, new FileKind("Any", List.of("*.*"))));
        vm.saveEvidenceCopy(vm.evidence().getFirst());
        tasks.settle();
        assertThat(Files.readString(copy)).isEqualTo("rotated 2026-03-01 by Zoë");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void submitSignVerifyAndExportWithSeparationOfDuties() throws Exception {
        assessAll();
        user.set(data.mia);
        tasks.settle();
        assertThat(vm.signOff().problems()).isEmpty();
        assertThat(vm.signOff().canSubmitProperty().get()).isTrue();
        vm.signOff().submit();
        tasks.settle();
        assertThat(vm.signOff().currentProperty().get().attestation().state()).isEqualTo(AttestationState.SUBMITTED);
        assertThat(vm.editableProperty().get()).as("locked while awaiting signature").isFalse();

        SignViewModel own = vm.signOff().signing().orElseThrow();
        own.passphrase.set(AttestTestData.PASSPHRASE);
        assertThat(own.blockedReason()).contains("a different manager must sign it");
        assertThat(own.canSignProperty().get()).isFalse();

        user.set(data.max);
        tasks.settle();
        SignViewModel sign = vm.signOff().signing().orElseThrow();
        assertThat(sign.summary()).contains("Snapshot SHA-256: " + vm.signOff().currentProperty().get().attestation().snapshot().sha256());
        sign.passphrase.set("wrong");
        sign.sign();
        tasks.settle();
        assertThat(sign.errorProperty().get()).contains("does not unlock");
        assertThat(sign.signedProperty().get()).isNull();
        sign.passphrase.set(AttestTestData.PASSPHRASE);
        sign.sign();
        tasks.settle();
        assertThat(sign.signedProperty().get()).isNotNull();
        assertThat(vm.signOff().stateTextProperty().get()).startsWith("Signed, expires");
        long id = vm.signOff().currentProperty().get().id();
        assertThat(vm.signOff().numberProperty().get())
                .isEqualTo("Attestation " + id + ": the number steward export --attestation " + id + " takes");
        assertThat(vm.signOff().noProblemsTextProperty().get()).isEqualTo("Signed: nothing is left to submit.");
        assertThat(vm.signOff().history()).singleElement()
                .satisfies(s -> assertThat(AttestationText.signed(s)).startsWith("Max Manager, Head of max (max)"));

        vm.signOff().verify();
        tasks.settle();
        assertThat(vm.signOff().verificationProperty().get()).startsWith("Signature valid");

        AttestationExport json = vm.signOff().exports().stream().filter(e -> e.id().equals("json")).findFirst().orElseThrow();
        Path bundle = dir.resolve("bundle.json");
        dialogs.fileToSave = Optional.of(new SaveTarget(bundle, new FileKind("JSON", List.of("*.json"))));
        vm.signOff().export(json);
        tasks.settle();
        assertThat(BundleVerifier.verify(bundle).valid()).isTrue();
        assertThat(vm.signOff().progress().runningProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aReturnNeedsACommentAndReopensTheAssessments() {
        assessAll();
        vm.signOff().submit();
        tasks.settle();
        user.set(data.max);
        tasks.settle();
        vm.signOff().returnToReviewer("  ");
        tasks.settle();
        assertThat(vm.signOff().currentProperty().get().attestation().state()).isEqualTo(AttestationState.SUBMITTED);
        vm.signOff().returnToReviewer("Attach the rotation log.");
        tasks.settle();
        assertThat(vm.signOff().currentProperty().get().attestation().state()).isEqualTo(AttestationState.RETURNED);
        user.set(data.rita);
        tasks.settle();
        assertThat(vm.editableProperty().get()).isTrue();
        assertThat(vm.signOff().canSubmitProperty().get()).isTrue();
    }

    @Test
    void anAuditorMayLookButNotChangeAndRefusalsAreExplained() {
        user.set(data.otto);
        tasks.settle();
        vm.form().status.set(AssessmentStatus.IMPLEMENTED);
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.canAttachProperty().get()).isFalse();
        assertThat(vm.signOff().canSubmitProperty().get()).isFalse();
        assertThat(Failures.describe(new AccessDenied("Otto Auditor (otto) may not submit attestations.")))
                .isEqualTo("You may not do that: Otto Auditor (otto) may not submit attestations.");
        vm.run(() -> { throw new AccessDenied("Otto Auditor (otto) may not assess controls."); });
        tasks.settle();
        assertThat(dialogs.errors).singleElement().asString().contains("may not assess controls");
    }

    /// Issue 16: signing out used to make every attestation window opened since start-up read again as nobody,
    /// and report "Nobody is signed in." while the next person signed in.
    @Test
    void signingOutReadsNothingSigningInReadsAgainAndAClosedWindowStopsFollowing() {
        vm.dispose();
        RecordingDialogs strictDialogs = new RecordingDialogs();
        // as the main window's session answers: nobody signed in is an error, not null
        java.util.function.Supplier<User> session = () -> {
            User current = user.get();
            if (current == null) {
                throw new IllegalStateException("Nobody is signed in.");
            }
            return current;
        };
        AttestationService strictService = new AttestationService(db, Actor.signedIn(session), Clock.systemUTC(), ControlCatalog.builtIn());
        AttestationViewModel window = new AttestationViewModel(new AttestContext(strictService, register,
                tasks, strictDialogs, session, user, integration, ControlCatalog.builtIn(),
                Clock.systemUTC()));
        window.reload();
        tasks.settle();
        assertThat(window.signOff().userProperty().get()).isEqualTo(data.rita);

        user.set(null);
        tasks.settle();
        assertThat(strictDialogs.errors).isEmpty();
        assertThat(window.signOff().userProperty().get()).as("nothing may be done signed out").isNull();
        assertThat(window.editableProperty().get()).isFalse();

        user.set(data.otto);
        tasks.settle();
        assertThat(strictDialogs.errors).isEmpty();
        assertThat(window.signOff().userProperty().get()).isEqualTo(data.otto);

        window.dispose();
        user.set(null);
        tasks.settle();
        user.set(data.rita);
        assertThat(strictDialogs.errors).isEmpty();
        assertThat(window.signOff().userProperty().get()).as("a closed window reads no more").isEqualTo(data.otto);
    }

    private void assessAll() {
        for (int i = 0; i < vm.rows().size(); i++) {
            vm.selectedProperty().set(vm.rows().get(i));
            vm.form().status.set(i == 0 ? AssessmentStatus.NOT_APPLICABLE : AssessmentStatus.IMPLEMENTED);
            vm.form().justification.set(i == 0 ? "Not reachable from outside." : "");
            vm.save();
            tasks.settle();
        }
    }
}
