package io.contactsync;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package directions docs/architecture.md describes; a new dependency against them fails here. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.contactsync");
    private static final JavaClasses PRODUCTION_AND_TESTS = new ClassFileImporter().importPackages("io.contactsync");

    @Test
    void noPackageCycle() {
        slices().matching("io.contactsync.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void packagesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Application").definedBy("io.contactsync")
                .layer("Bench").definedBy("io.contactsync.bench..")
                .layer("Config").definedBy("io.contactsync.config..")
                .layer("Api").definedBy("io.contactsync.api..")
                .layer("Monitor").definedBy("io.contactsync.monitor..")
                .layer("Cycle").definedBy("io.contactsync.cycle..")
                .layer("Systems").definedBy("io.contactsync.salesforce..", "io.contactsync.genesys..")
                .layer("Decisions").definedBy("io.contactsync.mapping..", "io.contactsync.match..",
                        "io.contactsync.resolve..")
                .layer("Store").definedBy("io.contactsync.store..")
                .layer("Model").definedBy("io.contactsync.model..")
                .layer("Settings").definedBy("io.contactsync.settings..")
                .layer("Sandbox").definedBy("io.contactsync.sandbox..")

                .whereLayer("Application").mayNotBeAccessedByAnyLayer()
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("Application", "Bench", "Config")
                .whereLayer("Config").mayOnlyBeAccessedByLayers("Application", "Bench")

                .whereLayer("Api").mayOnlyAccessLayers("Cycle", "Systems", "Decisions", "Store", "Model")
                .whereLayer("Monitor").mayOnlyAccessLayers("Cycle", "Store", "Model")
                .whereLayer("Cycle").mayOnlyAccessLayers("Systems", "Decisions", "Store", "Model")
                .whereLayer("Systems").mayOnlyAccessLayers("Decisions", "Model")
                .whereLayer("Decisions").mayOnlyAccessLayers("Model", "Settings")
                .whereLayer("Store").mayOnlyAccessLayers("Model")
                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Settings").mayNotAccessAnyLayer()
                .whereLayer("Sandbox").mayOnlyAccessLayers("Model")
                .check(PRODUCTION);
    }

    /** Two top-level classes of one simple name make a reader (and an IDE's "open type") guess which is meant. */
    @Test
    void everyTopLevelClassHasItsOwnSimpleName() {
        Map<String, List<String>> sharedNames = PRODUCTION_AND_TESTS.stream()
                .filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())))
                .entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(sharedNames).isEmpty();
    }
}
