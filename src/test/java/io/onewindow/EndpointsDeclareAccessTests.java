package io.onewindow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Deny by default is only real if nobody forgets: every controller states who may call it. */
class EndpointsDeclareAccessTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.onewindow");

    @Test
    void everyControllerDeclaresWhoMayUseIt() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("each page and endpoint states who may use it (deny by default)")
                .check(classes);
    }
}
