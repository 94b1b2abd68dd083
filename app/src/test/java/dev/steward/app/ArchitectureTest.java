package dev.steward.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/// Module and layer boundaries, checked rather than hoped for.
///
/// The layers, outermost first: the JavaFX app and command line (`dev.steward.app`), the application
/// workflows (`dev.steward.service`), storage (`dev.steward.storage`: repositories, migrations, jOOQ and the
/// engine), and the domain (`dev.steward.model`), which every layer may use and which uses none of them.
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.steward");

    @Test
    void layersOnlyReachInwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("dev.steward.app..")
                .layer("Service").definedBy("dev.steward.service..")
                .layer("Storage").definedBy("dev.steward.storage..")
                .layer("Model").definedBy("dev.steward.model..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Service", "App")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("App", "Service", "Storage")
                .check(classes);
    }

    /// The app sees storage's value types (stored records, queries, conflicts) but never opens, queries or
    /// writes storage itself: every read and write goes through a service.
    @Test
    void theAppReachesStorageOnlyThroughServices() {
        noClasses().that().resideInAPackage("dev.steward.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "dev.steward.storage.jooq..", "java.sql..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.steward.storage.Database")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.steward.storage.AuditLog")
                .check(classes);
    }

    @Test
    void workflowsLeaveTheEngineToStorage() {
        noClasses().that().resideInAPackage("dev.steward.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "java.sql..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        // jOOQ's generated tables, records and keys refer to each other by design; they are one unit.
        slices().matching("dev.steward.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("dev.steward.storage.jooq.."), resideInAPackage("dev.steward.storage.jooq.."))
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void theModelKnowsNothingOfUiOrSql() {
        noClasses().that().resideInAPackage("dev.steward.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "dev.steward.service..", "dev.steward.storage..", "dev.steward.app..")
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
    void servicesAndStorageHaveNoUi() {
        noClasses().that().resideInAnyPackage("dev.steward.service..", "dev.steward.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
