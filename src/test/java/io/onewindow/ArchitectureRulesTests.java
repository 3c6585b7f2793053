package io.onewindow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules the module boundaries alone do not express. */
class ArchitectureRulesTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.onewindow");

    @Test
    void onlyWorkflowTalksToTheProcessEngine() {
        noClasses().that().resideOutsideOfPackage("io.onewindow.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .because("Flowable stays behind the workflow module's facade")
                .check(classes);
    }

    @Test
    void webControllersLeaveSqlToRepositories() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .because("repositories own SQL, services own decisions, controllers own neither")
                .check(classes);
    }
}
