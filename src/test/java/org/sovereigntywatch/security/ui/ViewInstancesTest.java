package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sovereigntywatch.KaribuTest;
import org.springframework.aop.support.AopUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open a view is decided by its access annotation ({@code @PermitAll}, {@code @RolesAllowed}), read by
 * Vaadin's navigation access control (MainLayoutTest: a viewer who opens the users view is refused). Spring's method
 * security must not read them as well: with JSR-250 annotations enabled, it wrapped every view it created in a proxy
 * that checked each method call, and finding the advice for each new view was 13 % of a node's work under load
 * (issue 18).
 */
class ViewInstancesTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "concerns", "timeline", "users", "admin/security-log"})
    void a_view_is_the_application_s_own_class_without_a_proxy(String address) {
        login("admin");
        UI.getCurrent().navigate(address);

        Component view = UI.getCurrent().getCurrentView();
        assertThat(view.getClass().getName()).startsWith("org.sovereigntywatch").endsWith("View");
        assertThat(AopUtils.isAopProxy(view)).as(view.getClass().getName()).isFalse();
    }
}
