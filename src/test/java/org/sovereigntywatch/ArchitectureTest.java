package org.sovereigntywatch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layering the README describes: views talk to services, services own repositories. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sovereigntywatch");
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void repositories_are_package_private_so_the_service_is_the_only_way_in() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void services_live_outside_the_ui() {
        noClasses().that().areAnnotatedWith(Service.class)
                .should().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void feature_code_does_not_depend_on_views() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName("org.sovereigntywatch.security.SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("org.sovereigntywatch..ui..")
                .check(classes);
    }

    @Test
    void no_text_field_has_a_browser_maxlength_which_cuts_a_paste_without_a_word() {
        noClasses().should().callMethodWhere(target(name("setMaxLength"))
                        .and(target(owner(assignableTo(TextFieldBase.class)))))
                .because("the browser silently drops what a paste has beyond maxlength: use TextLimit")
                .check(classes);
    }
}
