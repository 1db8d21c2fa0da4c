package org.sovereigntywatch.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A badge has the same classes whether it is a component, a grid renderer's cell or server-written HTML. */
class BadgeTest {

    @Test
    void a_badge_component_changes_its_colour_and_keeps_its_other_classes() {
        Badge badge = new Badge("Draft", "state-draft");
        badge.addClassName("form-level");

        badge.show("In review", "state-in-review");

        assertThat(badge.getText()).isEqualTo("In review");
        assertThat(badge.getClassNames()).containsExactlyInAnyOrder("badge", "form-level", "state-in-review");
    }

    @Test
    void a_badge_without_text_stays_hidden_until_shown() {
        Badge badge = new Badge();
        assertThat(badge.isVisible()).isFalse();

        badge.show("High · 12", "level-high");
        assertThat(badge.isVisible()).isTrue();
    }

    @Test
    void a_variant_of_several_classes_is_replaced_whole() {
        Badge badge = new Badge("In force", "action family-in_force expected");

        badge.show("Court ruling", "action family-court");

        assertThat(badge.getClassNames()).containsExactlyInAnyOrder("badge", "action", "family-court");
    }

    @Test
    void the_renderer_gives_each_row_the_classes_of_the_component() {
        LitRenderer<String> renderer = Badge.renderer(text -> text, text -> "level-" + text.toLowerCase());

        assertThat(renderer.getValueProviders().get("badgeClasses").apply("High")).isEqualTo("badge level-high");
        assertThat(renderer.getValueProviders().get("badgeText").apply("High")).isEqualTo("High");
    }

    @Test
    void html_escapes_the_text_a_user_typed() {
        assertThat(Badge.html("<b>Draft</b>", "state-draft"))
                .isEqualTo("<span class=\"badge state-draft\">&lt;b&gt;Draft&lt;/b&gt;</span>");
        assertThat(Badge.classNames(" ")).isEqualTo("badge");
    }
}
