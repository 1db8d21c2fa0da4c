package org.sovereigntywatch.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core run on the page a {@link Ui} shows, as it shows it now (open shadow roots included, so Vaadin's components
 * are checked inside too). Only what keeps someone from using the page counts: violations of impact "serious" or
 * "critical". The report names, for each, the rule, its impact, its help text and link, and the elements it found,
 * so a reader can fix them without running the test again.
 */
final class Accessibility {

    static final Set<String> BLOCKING = Set.of("serious", "critical");

    /**
     * A finding inside one of Vaadin's own components that nothing on our side can fix: one rule, on elements whose
     * axe selector contains {@code target}. Every entry says why; a finding on any other element still fails.
     */
    record Waiver(String rule, String target, String why) {

        boolean covers(String ruleId, String selector) {
            return rule.equals(ruleId) && selector.contains(target);
        }
    }

    /** One element a rule found at fault. */
    record Offender(String target, String html, String summary) {
    }

    /** One rule the page breaks, with the elements that break it. */
    record Violation(String rule, String impact, String help, String helpUrl, List<Offender> offenders) {

        @Override
        public String toString() {
            return "- " + rule + " (" + impact + "): " + help + " <" + helpUrl + ">\n" + offenders.stream()
                    .map(offender -> "    at " + offender.target() + "\n       " + offender.html()
                            + (offender.summary().isBlank() ? "" : "\n       " + offender.summary().replace("\n", " ")))
                    .collect(Collectors.joining("\n"));
        }
    }

    private static final List<Waiver> WAIVERS = List.of(
            new Waiver("aria-allowed-attr", "vaadin-select-value-button",
                    "A required vaadin-select puts aria-required on its value button, whose role is button "
                            + "(vaadin/web-components#7337, open): Vaadin's field ARIA code sets it, not ours."));

    private final Ui ui;

    Accessibility(Ui ui) {
        this.ui = ui;
    }

    /** The serious and critical violations on the page now, minus the {@link #WAIVERS}. */
    List<Violation> blockingViolations() {
        ui.idle();
        AxeRunOptions options = new AxeRunOptions();
        // Passes and inapplicable rules are not read: axe then sends one example of each instead of every element,
        // which on a page with large grids is most of the time spent.
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).analyze(ui.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check /" + ui.path() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Accessibility::violation)
                .filter(violation -> !violation.offenders().isEmpty())
                .toList();
    }

    /** Fails listing every serious or critical violation on the page, each with what to fix and where. */
    void assertNoBlockingViolations(String page) {
        List<Violation> violations = blockingViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found " + violations.size() + " serious or critical violation(s) on "
                    + page + " (/" + ui.path() + "):\n" + violations.stream().map(Violation::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static Violation violation(Rule rule) {
        List<Offender> offenders = rule.getNodes().stream()
                .map(node -> new Offender(target(node), node.getHtml(), summary(node)))
                .filter(offender -> WAIVERS.stream().noneMatch(waiver -> waiver.covers(rule.getId(), offender.target())))
                .toList();
        return new Violation(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), offenders);
    }

    /**
     * axe's selector for the element: a list of CSS selectors, one per shadow root crossed (written here joined by
     * " >> "), as in {@code vaadin-text-field#title >> input}.
     */
    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        if (target instanceof List<?> steps) {
            return steps.stream().map(step -> step instanceof List<?> inner
                            ? inner.stream().map(String::valueOf).collect(Collectors.joining(" >> "))
                            : String.valueOf(step))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(target);
    }

    private static String summary(CheckedNode node) {
        return node.getFailureSummary() == null ? "" : node.getFailureSummary();
    }
}
