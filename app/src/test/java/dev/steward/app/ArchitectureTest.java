package dev.steward.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/// Module boundaries, checked rather than hoped for.
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.steward");

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void theModelKnowsNothingOfUiOrSql() {
        noClasses().that().resideInAPackage("dev.steward.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "dev.steward.persistence..", "dev.steward.app..")
                .check(classes);
    }

    @Test
    void theUiReachesStorageOnlyThroughTheService() {
        noClasses().that().resideInAPackage("dev.steward.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "dev.steward.persistence.jooq..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAPackage("dev.steward.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("ViewModel")
                .check(classes);
    }

    @Test
    void persistenceHasNoUi() {
        noClasses().that().resideInAPackage("dev.steward.persistence..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
