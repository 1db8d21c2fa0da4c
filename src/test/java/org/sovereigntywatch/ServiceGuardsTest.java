package org.sovereigntywatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import java.io.OutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.sovereigntywatch.ServiceGuardsTest.Guard.ADMIN;
import static org.sovereigntywatch.ServiceGuardsTest.Guard.ANALYST;
import static org.sovereigntywatch.ServiceGuardsTest.Guard.AUTHENTICATED;
import static org.sovereigntywatch.ServiceGuardsTest.Guard.VIEWER;

/**
 * Services are the security boundary, and this proves every guard: it finds every public method of every
 * {@code @Service} bean of the application by reflection (methods inherited from our own base classes included), looks
 * each up in {@link #GUARDS}, the least role each one admits, and calls it with dummy arguments as every caller below
 * that role, expecting the method-security guard itself to refuse ({@link AuthorizationDeniedException}, before the
 * method runs) — and as the least role admitted, expecting the guard to let it through. A method missing from the table
 * fails the test, so a new one cannot slip through unlisted.
 * <p>
 * What a caller may do within their role (jurisdiction scope, publication states) is the services' own checks, proven
 * by the out-of-scope tests of each feature.
 */
@IntegrationTest
class ServiceGuardsTest {

    /** The least a caller must be for a guard to let them in, in increasing order. */
    enum Guard {
        /** Anyone signed in, even a session still owing a sign-in step (which holds no role): what those steps need. */
        AUTHENTICATED,
        VIEWER,
        ANALYST,
        REVIEWER,
        ADMIN;

        /** The callers this guard must refuse: an anonymous visitor, and each role below the least it admits. */
        List<Caller> refused() {
            return Arrays.stream(Caller.values()).filter(caller -> caller.compareTo(admitted()) < 0).toList();
        }

        /** The lowest caller this guard admits: a session owing a step for anyone signed in, else the role's user. */
        Caller admitted() {
            return this == AUTHENTICATED ? Caller.PENDING : Caller.valueOf(name());
        }
    }

    /**
     * Who calls: an anonymous visitor, an analyst who has given the password but still owes a new one (so holds no
     * role), then a demo user of each role, lowest first.
     */
    enum Caller {
        ANONYMOUS(null), PENDING("guards-pending"), VIEWER("viewer"), ANALYST("analyst"), REVIEWER("reviewer"), ADMIN("admin");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /**
     * Every public service method, as {@code Service.method(ParameterTypes)}, with the least role its
     * {@code @PreAuthorize} admits. A new public method of a {@code @Service} needs a row here: the test names the
     * missing method.
     */
    static final Map<String, Guard> GUARDS = new TreeMap<>(Map.ofEntries(
            entry("ConcernService.assignAll(Collection, Long, LocalDate)", ANALYST),
            entry("ConcernService.assignAll(Collection, Long, LocalDate, TaskProgress)", ANALYST),
            entry("ConcernService.checkAssignment(Long, LocalDate)", ANALYST),
            entry("ConcernService.comment(long, String)", ANALYST),
            entry("ConcernService.count(ConcernFilter)", VIEWER),
            entry("ConcernService.countOpenByJurisdictionAndScore(ConcernFilter)", VIEWER),
            entry("ConcernService.countOpenByPlatformAndScore(ConcernFilter)", VIEWER),
            entry("ConcernService.countOpenByScore(ConcernFilter)", VIEWER),
            entry("ConcernService.create(Publishable)", ANALYST),
            entry("ConcernService.createAll(List)", ANALYST),
            entry("ConcernService.delete(long, long)", ANALYST),
            entry("ConcernService.exportCsv(ConcernFilter, Sort, OutputStream)", VIEWER),
            entry("ConcernService.get(long)", VIEWER),
            entry("ConcernService.heatmap(ConcernFilter)", VIEWER),
            entry("ConcernService.asOf(long, Instant)", VIEWER),
            entry("ConcernService.history(long)", VIEWER),
            entry("ConcernService.reviewLog(long)", VIEWER),
            entry("ConcernService.reassess(long, Collection)", ANALYST),
            entry("EventService.rows(Collection)", VIEWER),
            entry("MeasureService.titles(Collection)", VIEWER),
            entry("JurisdictionService.findAllById(Collection)", VIEWER),
            entry("PlatformService.findAllById(Collection)", VIEWER),
            entry("NotificationService.unreadCount()", VIEWER),
            entry("NotificationService.count()", VIEWER),
            entry("NotificationService.list(int, int)", VIEWER),
            entry("NotificationService.markRead(long)", VIEWER),
            entry("NotificationService.markAllRead()", VIEWER),
            entry("NotificationService.mailIsOn()", VIEWER),
            entry("NotificationService.deliveries()", VIEWER),
            entry("NotificationService.chooseDelivery(NotificationReason, Delivery)", VIEWER),
            entry("WatchService.watches(WatchTarget, long)", VIEWER),
            entry("WatchService.watch(WatchTarget, long)", VIEWER),
            entry("WatchService.unwatch(WatchTarget, long)", VIEWER),
            entry("WatchService.watched(Locale)", VIEWER),
            entry("ConcernService.restore(long, long, int)", ANALYST),
            entry("ConcernService.signOff(long)", VIEWER),
            entry("ConcernService.ids(ConcernFilter)", VIEWER),
            entry("ConcernService.kind()", VIEWER),
            entry("ConcernService.likelyDuplicates(long, String, String, String, Long)", VIEWER),
            entry("ConcernService.list(ConcernFilter, Pageable)", VIEWER),
            entry("ConcernService.list(ConcernFilter, Keyset)", VIEWER),
            entry("ConcernService.row(long)", VIEWER),
            entry("ConcernService.stream(ConcernFilter, String, RowWriter)", VIEWER),
            entry("EventService.list(EventFilter, Keyset)", VIEWER),
            entry("EventService.row(long)", VIEWER),
            entry("EventService.ofMeasures(Collection)", VIEWER),
            entry("EventService.stream(EventFilter, String, RowWriter)", VIEWER),
            entry("MeasureService.list(MeasureFilter, Keyset)", VIEWER),
            entry("MeasureService.row(long)", VIEWER),
            entry("JurisdictionService.listAfter(JurisdictionFilter, long, int)", VIEWER),
            entry("PlatformService.listAfter(String, long, int)", VIEWER),
            entry("SourceService.listAfter(String, long, int)", VIEWER),
            entry("ApiTokenService.mine()", VIEWER),
            entry("ApiTokenService.create(String, int)", VIEWER),
            entry("ApiTokenService.revoke(long)", VIEWER),
            entry("ApiTokenService.all(String, Pageable)", ADMIN),
            entry("ApiTokenService.countAll(String)", ADMIN),
            entry("ConcernService.mayDelete(long)", VIEWER),
            entry("ConcernService.move(long, long, PublicationState, String)", ANALYST),
            entry("ConcernService.moveAll(Collection, PublicationState, String)", ANALYST),
            entry("ConcernService.moveAll(Collection, PublicationState, String, TaskProgress)", ANALYST),
            entry("ConcernService.titles(Collection)", VIEWER),
            entry("ConcernService.update(Publishable)", ANALYST),

            entry("DashboardService.load()", VIEWER),
            entry("DashboardService.load(Instant)", VIEWER),

            entry("EventService.asOf(long, Instant)", VIEWER),
            entry("EventService.count(EventFilter)", VIEWER),
            entry("EventService.delete(long, long)", ANALYST),
            entry("EventService.addAll(List)", ANALYST),
            entry("EventService.eventsOfAll(Collection)", VIEWER),
            entry("EventService.eventsOf(long)", VIEWER),
            entry("EventService.exportCsv(EventFilter, Sort, OutputStream)", VIEWER),
            entry("EventService.get(long)", VIEWER),
            entry("EventService.latestHappenedByJurisdiction(EventFilter)", VIEWER),
            entry("EventService.latestHappenedByPlatform(EventFilter)", VIEWER),
            entry("EventService.list(EventFilter, Pageable)", VIEWER),
            entry("EventService.save(PolicyEvent)", ANALYST),
            entry("EventService.timeline(EventFilter, int)", VIEWER),
            entry("EventService.upcoming(EventFilter, int, int)", VIEWER),

            entry("JurisdictionService.count(JurisdictionFilter)", VIEWER),
            entry("JurisdictionService.history(long)", VIEWER),
            entry("JurisdictionService.findByCode(String)", VIEWER),
            entry("JurisdictionService.list(JurisdictionFilter, Pageable)", VIEWER),
            entry("JurisdictionService.save(Jurisdiction)", ADMIN),
            entry("JurisdictionService.stored(Jurisdiction)", VIEWER),

            entry("MeasureService.bearingOn(long)", VIEWER),
            entry("MeasureService.comment(long, String)", ANALYST),
            entry("MeasureService.concerns(long)", VIEWER),
            entry("MeasureService.count(MeasureFilter)", VIEWER),
            entry("MeasureService.countByJurisdictionAndStatus(MeasureFilter)", VIEWER),
            entry("MeasureService.countByPlatformAndStatus(MeasureFilter)", VIEWER),
            entry("MeasureService.countInForce(Instant)", VIEWER),
            entry("MeasureService.create(Publishable)", ANALYST),
            entry("MeasureService.createAll(List)", ANALYST),
            entry("MeasureService.likelyDuplicatesAmong(Collection, Collection)", VIEWER),
            entry("MeasureService.delete(long, long)", ANALYST),
            entry("MeasureService.get(long)", VIEWER),
            entry("MeasureService.asOf(long, Instant)", VIEWER),
            entry("MeasureService.history(long)", VIEWER),
            entry("MeasureService.reviewLog(long)", VIEWER),
            entry("MeasureService.restore(long, long, int)", ANALYST),
            entry("MeasureService.signOff(long)", VIEWER),
            entry("MeasureService.ids(MeasureFilter)", VIEWER),
            entry("MeasureService.kind()", VIEWER),
            entry("MeasureService.likelyDuplicates(String, String, Long)", VIEWER),
            entry("MeasureService.link(long, LinkType, long)", ANALYST),
            entry("MeasureService.linkConcern(long, long)", ANALYST),
            entry("MeasureService.links(long)", VIEWER),
            entry("MeasureService.list(MeasureFilter, Pageable)", VIEWER),
            entry("MeasureService.mayDelete(long)", VIEWER),
            entry("MeasureService.move(long, long, PublicationState, String)", ANALYST),
            entry("MeasureService.moveAll(Collection, PublicationState, String)", ANALYST),
            entry("MeasureService.moveAll(Collection, PublicationState, String, TaskProgress)", ANALYST),
            entry("MeasureService.recentlyChanged(int, Instant)", VIEWER),
            entry("MeasureService.rows(MeasureFilter, Pageable)", VIEWER),
            entry("MeasureService.statusAsOf(long, Instant)", VIEWER),
            entry("MeasureService.eventsAsOf(long, Instant)", VIEWER),
            entry("MeasureService.unlink(long)", ANALYST),
            entry("MeasureService.unlinkConcern(long, long)", ANALYST),
            entry("MeasureService.update(Publishable)", ANALYST),

            entry("MfaService.confirmEnrolment(String)", AUTHENTICATED),
            entry("MfaService.onSince(long)", ADMIN),
            entry("MfaService.regenerateRecoveryCodes(String)", VIEWER),
            entry("MfaService.requiredRoles()", ADMIN),
            entry("MfaService.reset(long)", ADMIN),
            entry("MfaService.setRequiredRoles(Set)", ADMIN),
            entry("MfaService.startEnrolment()", AUTHENTICATED),
            entry("MfaService.startReplacement(String)", VIEWER),
            entry("MfaService.status()", AUTHENTICATED),
            entry("MfaService.turnOff(String)", VIEWER),
            entry("MfaService.verifySignInCode(String)", AUTHENTICATED),

            entry("PlatformService.count(String)", VIEWER),
            entry("PlatformService.history(long)", VIEWER),
            entry("ImportService.bringing(String, long)", ANALYST),
            entry("ImportService.check(ImportFile, ColumnMapping, TaskProgress)", ANALYST),
            entry("ImportService.commit(ImportFile, ColumnMapping, boolean, TaskProgress)", ANALYST),
            entry("ImportService.fields(ImportKind)", ANALYST),
            entry("ImportService.guess(ImportKind, List)", ANALYST),
            entry("ImportService.kinds()", ANALYST),
            entry("ImportService.latest(int)", ANALYST),
            entry("ImportService.notImported(ImportKind)", ANALYST),

            entry("PlatformService.namesOf(Collection)", VIEWER),
            entry("PlatformService.findByName(String)", VIEWER),
            entry("PlatformService.list(String, Pageable)", VIEWER),
            entry("PlatformService.save(Platform)", ADMIN),

            entry("ReportService.count(Report, ReportFilter)", VIEWER),
            entry("ReportService.summary(Report, ReportFilter)", VIEWER),
            entry("ReportService.write(Report, ReportFilter, OutputStream)", VIEWER),

            entry("SourceService.count(String)", VIEWER),
            entry("SourceService.history(long)", VIEWER),
            entry("SourceService.findAll(Collection)", VIEWER),
            entry("SourceService.saveAll(List)", ANALYST),
            entry("SourceService.find(SourceCell)", VIEWER),
            entry("SourceService.findByCitation(String, String)", VIEWER),
            entry("SourceService.findByUrl(String)", VIEWER),
            entry("SourceService.likelyDuplicates(SourceCell)", VIEWER),
            entry("SourceService.likelyDuplicates(String)", VIEWER),
            entry("SourceService.list(String, Pageable)", VIEWER),
            entry("SourceService.requireVisible(Collection)", VIEWER),
            entry("SourceService.save(Source)", ANALYST),

            entry("SecurityLogService.count(SecurityEventFilter)", ADMIN),
            entry("SecurityLogService.exportCsv(SecurityEventFilter, OutputStream)", ADMIN),
            entry("SecurityLogService.list(SecurityEventFilter, Pageable)", ADMIN),

            entry("SessionService.end(String)", AUTHENTICATED),
            entry("SessionService.endAllOf(long)", ADMIN),
            entry("SessionService.endOthers()", AUTHENTICATED),
            entry("SessionService.mine()", AUTHENTICATED),
            entry("SessionService.of(long)", ADMIN),

            entry("UserService.changeOwnLocale(Locale)", AUTHENTICATED),
            entry("UserService.changeOwnEmail(String)", AUTHENTICATED),
            entry("UserService.ownEmail()", AUTHENTICATED),
            entry("UserService.changeOwnPassword(String, String)", AUTHENTICATED),
            entry("UserService.count(String)", ADMIN),
            entry("UserService.create(AppUser, String)", ADMIN),
            entry("UserService.current()", AUTHENTICATED),
            entry("UserService.findAssignable(long)", ANALYST),
            entry("UserService.findByUsername(String)", ADMIN),
            entry("UserService.history(long)", ADMIN),
            entry("UserService.ownLocale()", AUTHENTICATED),
            entry("UserService.list(String, Pageable)", ADMIN),
            entry("UserService.listAssignable(String, Pageable)", ANALYST),
            entry("UserService.resetPassword(long, String)", ADMIN),
            entry("UserService.update(AppUser)", ADMIN)));

    private static final String TABLE = "GUARDS in src/test/java/org/sovereigntywatch/ServiceGuardsTest.java";

    @Autowired ApplicationContext context;
    @Autowired SecurityContextHolderStrategy securityContext;
    @Autowired RunAs runAs;
    @Autowired UserService users;

    @BeforeEach
    void anAnalystOwingANewPassword() {
        runAs.user("admin", () -> {
            AppUser pending = users.findByUsername(Caller.PENDING.username).orElseGet(() ->
                    users.create(new AppUser(Caller.PENDING.username, "Pending Guards", Role.ANALYST), "first quiet harbour"));
            users.resetPassword(pending.getId(), "second quiet harbour");
            return null;
        });
    }

    @Test
    void every_public_service_method_has_a_row_in_the_guard_table() {
        Set<String> missing = new TreeSet<>(serviceMethods().keySet());
        missing.removeAll(GUARDS.keySet());
        if (!missing.isEmpty()) {
            fail("These public service methods have no row in " + TABLE + ". Add one per method, with the least role "
                    + "its @PreAuthorize admits (AUTHENTICATED for isAuthenticated(), VIEWER for hasRole('VIEWER')), for example:\n"
                    + missing.stream().map(key -> "        entry(\"" + key + "\", ADMIN),")
                    .collect(Collectors.joining("\n")));
        }
    }

    @Test
    void every_row_of_the_guard_table_names_a_public_service_method() {
        Set<String> stale = new TreeSet<>(GUARDS.keySet());
        stale.removeAll(serviceMethods().keySet());
        assertThat(stale).as("rows of " + TABLE + " naming no public service method (renamed or removed?)").isEmpty();
    }

    /** Each method, as each caller below its guard: refused by the guard before the method runs. */
    @TestFactory
    Stream<DynamicTest> every_public_service_method_refuses_callers_below_its_guard() {
        return serviceMethods().entrySet().stream()
                .filter(method -> GUARDS.containsKey(method.getKey()))
                .flatMap(method -> GUARDS.get(method.getKey()).refused().stream().map(caller -> DynamicTest.dynamicTest(
                        method.getKey() + " refuses " + caller,
                        () -> assertThat(outcome(caller, method.getValue()))
                                .as("%s called as %s", method.getKey(), caller)
                                .isInstanceOf(AuthorizationDeniedException.class))));
    }

    /** Each method, as the least role its row admits: let through by the guard, so the table is not too strict. */
    @TestFactory
    Stream<DynamicTest> every_public_service_method_admits_the_least_role_of_its_row() {
        return serviceMethods().entrySet().stream()
                .filter(method -> GUARDS.containsKey(method.getKey()))
                .map(method -> {
                    Caller caller = GUARDS.get(method.getKey()).admitted();
                    return DynamicTest.dynamicTest(method.getKey() + " admits " + caller, () -> {
                        // Returning, or failing in the method body on the dummy arguments, both mean the guard let it in.
                        Throwable outcome = outcome(caller, method.getValue());
                        assertThat(outcome instanceof AuthorizationDeniedException
                                || outcome instanceof AuthenticationException)
                                .as("%s called as %s was refused by its guard: %s", method.getKey(), caller, outcome)
                                .isFalse();
                    });
                });
    }

    @TestFactory
    Stream<DynamicTest> every_public_service_method_refuses_a_caller_who_is_not_signed_in_at_all() {
        return serviceMethods().entrySet().stream().map(method -> DynamicTest.dynamicTest(method.getKey(), () -> {
            Throwable outcome = call(method.getValue());
            assertThat(outcome).as(method.getKey()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }));
    }

    /** Every public method of every {@code @Service} bean of ours, by {@code Service.method(ParameterTypes)}. */
    private Map<String, ServiceMethod> serviceMethods() {
        Map<String, ServiceMethod> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = ClassUtils.getUserClass(bean);
            if (!ours(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                // getMethods() lists inherited public methods too; those of Object and libraries are not ours to guard.
                if (ours(method.getDeclaringClass()) && !method.isBridge() && !method.isSynthetic()
                        && !Modifier.isStatic(method.getModifiers())) {
                    methods.put(key(type, method), new ServiceMethod(bean, method));
                }
            }
        }
        return methods;
    }

    private static boolean ours(Class<?> type) {
        return type.getPackageName().startsWith("org.sovereigntywatch");
    }

    private static String key(Class<?> service, Method method) {
        return service.getSimpleName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }

    /** What calling the method as this caller ends in: the exception thrown, or null if it returned. */
    private Throwable outcome(Caller caller, ServiceMethod method) {
        return caller.username == null ? anonymously(() -> call(method)) : runAs.user(caller.username, () -> call(method));
    }

    private Throwable anonymously(Supplier<Throwable> work) {
        SecurityContext previous = securityContext.getContext();
        SecurityContext anonymous = securityContext.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken("guards", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        securityContext.setContext(anonymous);
        try {
            return work.get();
        } finally {
            securityContext.setContext(previous);
        }
    }

    private static Throwable call(ServiceMethod method) {
        try {
            method.method().invoke(method.bean(), dummyArguments(method.method()));
            return null;
        } catch (InvocationTargetException failure) {
            return failure.getCause();
        } catch (IllegalAccessException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /**
     * Arguments that name nothing stored (id 0, empty text, empty collections, null objects): a call the guard lets
     * through fails or finds nothing, and changes nothing.
     */
    private static Object[] dummyArguments(Method method) {
        List<Object> arguments = new ArrayList<>();
        for (Class<?> type : method.getParameterTypes()) {
            arguments.add(dummy(type));
        }
        return arguments.toArray();
    }

    private static Object dummy(Class<?> type) {
        if (type.isPrimitive()) {
            return Array.get(Array.newInstance(type, 1), 0);
        }
        if (type == String.class) {
            return "";
        }
        if (type == Pageable.class) {
            return Pageable.ofSize(1);
        }
        if (type == Sort.class) {
            return Sort.unsorted();
        }
        if (type == OutputStream.class) {
            return OutputStream.nullOutputStream();
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == TaskProgress.class) {
            return TaskProgress.NONE;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    private record ServiceMethod(Object bean, Method method) {
    }
}
