package org.sovereigntywatch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextFieldBase;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.MultiLineText;
import org.sovereigntywatch.base.PlainText;
import org.sovereigntywatch.base.PlausibleDate;
import org.springframework.context.ApplicationEvent;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the house docs/architecture.md describes: views talk to services, services own repositories, feature
 * packages depend on each other without circles and only through what each offers the others; and the rules every
 * new entity field must follow.
 */
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
                .and().areNotAnnotatedWith(NoRepositoryBean.class)
                .should().notBePublic()
                .check(classes);
    }

    /**
     * Method security reads {@code @PreAuthorize} only: JSR-250 annotations are Vaadin's, on views and layouts, where
     * it checks them at navigation. On a service one would be silently ignored (and enabling them for Spring again
     * would wrap every view in a proxy: ViewInstancesTest).
     */
    @Test
    void jsr250_annotations_mark_views_only() {
        classes().that().areAnnotatedWith(RolesAllowed.class).or().areAnnotatedWith(PermitAll.class)
                .or().areAnnotatedWith(DenyAll.class)
                .should().beAssignableTo(Component.class).check(classes);
        noMethods().should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class).check(classes);
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
    void feature_packages_do_not_depend_on_each_other_in_circles() {
        slices().matching("org.sovereigntywatch.(*)..").should().beFreeOfCycles()
                .because("a feature that reaches into one that reaches back cannot be understood, tested or changed alone")
                .check(classes);
    }

    @Test
    void a_feature_uses_another_only_through_what_it_offers() {
        classes().that().resideInAPackage("org.sovereigntywatch.(*)..")
                .should(useOtherFeaturesOnlyThroughWhatTheyOffer())
                .check(classes);
    }

    /**
     * What one feature offers the others: its public services, its records (rows, filters, counts), its enums and its
     * events, and the classes and interfaces it marks {@link FeatureApi} (extension points among them); to other
     * features' views, its whole {@code ui} package is open (views to link to, pickers, badges). Base is plumbing:
     * every feature uses all of it.
     */
    private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughWhatTheyOffer() {
        return new ArchCondition<>("use other features only through their services, records, enums, events, "
                + "what they mark @FeatureApi and, from views, their views") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                if (origin.getPackageName().equals("org.sovereigntywatch")) {
                    return;
                }
                String from = feature(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String to = feature(target);
                    if (to == null || to.equals(from) || to.equals("base") || offered(target, origin)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                }
            }
        };
    }

    private static boolean offered(JavaClass target, JavaClass user) {
        return target.isAnnotatedWith(Service.class) || target.isAnnotatedWith(FeatureApi.class)
                || target.isRecord() || target.isEnum() || target.isAssignableTo(ApplicationEvent.class)
                || inUi(user) && inUi(target);
    }

    private static boolean inUi(JavaClass type) {
        return type.getPackageName().contains(".ui");
    }

    /** The feature a class belongs to: the package right below {@code org.sovereigntywatch}, or null outside them. */
    private static @Nullable String feature(JavaClass type) {
        String prefix = "org.sovereigntywatch.";
        String packageName = type.getPackageName();
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        return packageName.substring(prefix.length()).split("\\.")[0];
    }

    @Test
    void every_text_an_entity_stores_says_whether_it_is_one_line_or_several() {
        fields().that().areDeclaredInClassesThat(arePersistent()).and().areNotStatic()
                .and(holdText())
                .should(carryOneOf(PlainText.class, MultiLineText.class))
                .because("a text that may hold NUL or other control characters reaches the database as a raw error")
                .check(classes);
    }

    @Test
    void every_date_an_entity_stores_keeps_to_the_plausible_range() {
        fields().that().areDeclaredInClassesThat(arePersistent()).and().areNotStatic()
                .and().haveRawType(LocalDate.class)
                .should().beAnnotatedWith(PlausibleDate.class)
                .because("a date such as -0001-01-01 does not survive the trip to the database and back")
                .check(classes);
    }

    /**
     * Entities the application writes. An {@code @Immutable} one maps rows it only reads (the history's stored versions,
     * written by Envers from the entities this rule holds to), so nothing reaches the database through it.
     */
    private static DescribedPredicate<? super JavaClass> arePersistent() {
        return annotatedWith(Entity.class).and(DescribedPredicate.not(annotatedWith(Immutable.class)))
                .or(annotatedWith(MappedSuperclass.class)).or(annotatedWith(Embeddable.class))
                .as("are entities the application writes");
    }

    /** A {@code String}, or a collection of them ({@code Set<String>}), whose elements then carry the constraint. */
    private static DescribedPredicate<JavaField> holdText() {
        return DescribedPredicate.describe("hold text", field -> field.getRawType().isEquivalentTo(String.class)
                || textElements(field.reflect()).isPresent());
    }

    private static Optional<AnnotatedType> textElements(Field field) {
        return field.getAnnotatedType() instanceof AnnotatedParameterizedType generic
                && Collection.class.isAssignableFrom(field.getType())
                && generic.getAnnotatedActualTypeArguments()[0].getType() == String.class
                ? Optional.of(generic.getAnnotatedActualTypeArguments()[0]) : Optional.empty();
    }

    @SafeVarargs
    private static ArchCondition<JavaField> carryOneOf(Class<? extends Annotation>... constraints) {
        String names = Arrays.stream(constraints).map(type -> "@" + type.getSimpleName())
                .collect(Collectors.joining(" or "));
        return ArchCondition.from(DescribedPredicate.<JavaField>describe("carry " + names, field -> {
            Field reflected = field.reflect();
            AnnotatedElement carrier = textElements(reflected).<AnnotatedElement>map(type -> type).orElse(reflected);
            return Arrays.stream(constraints).anyMatch(carrier::isAnnotationPresent);
        }));
    }

    @Test
    void no_text_field_has_a_browser_maxlength_which_cuts_a_paste_without_a_word() {
        noClasses().should().callMethodWhere(target(name("setMaxLength"))
                        .and(target(owner(assignableTo(TextFieldBase.class)))))
                .because("the browser silently drops what a paste has beyond maxlength: use TextLimit")
                .check(classes);
    }
}
