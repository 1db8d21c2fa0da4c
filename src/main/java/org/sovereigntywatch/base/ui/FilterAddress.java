package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A register's filters kept in its address, both ways: read when the view is entered, so that a link or a reload
 * shows the same rows, and written back whenever a filter changes, so that the address can be shared. Writing
 * replaces the browser's history entry instead of adding one: Back leaves the register rather than undoing filters.
 * <p>
 * Each view declares its parameters once, by name and field; a value that does not parse (an unknown platform, a
 * misspelt level) is left out, as a filter not set. Pages that link to a view with filters set build the address
 * with the view's own typed builder ({@code ConcernsView.link()}), which writes the view's parameter names through a
 * {@link Link}: values are formatted there as the view writes its fields here, so the view reads them back.
 */
public final class FilterAddress {

    private record Parameter(String name, Supplier<List<String>> written, Consumer<List<String>> read) {
    }

    private final Component view;
    private final List<Parameter> parameters = new ArrayList<>();
    private boolean reading;

    /** @param view the routed view whose address this is */
    public FilterAddress(Component view) {
        this.view = view;
    }

    /** Free text, as typed. */
    public FilterAddress text(String name, HasValue<?, String> field) {
        return single(name, field, FilterAddress::textWritten, Optional::of);
    }

    /** A checkbox, written only when ticked. */
    public FilterAddress flag(String name, HasValue<?, Boolean> field) {
        return single(name, field, FilterAddress::flagWritten, value -> Optional.of(Boolean.parseBoolean(value)));
    }

    /** A choice among an enum's constants, by the constant's name (any case when read). */
    public <E extends Enum<E>> FilterAddress constant(String name, HasValue<?, E> field, Class<E> type) {
        return single(name, field, Enum::name, value -> constantNamed(type, value));
    }

    /**
     * A parameter only read, never written: a shortcut a link may take ({@code days=30}), whose effect the view then
     * writes in its own terms (the dates it set). Parameters are read in the order declared: a shortcut declared
     * after the parameters it sets overrides them.
     */
    public FilterAddress shortcut(String name, Consumer<String> apply) {
        parameters.add(new Parameter(name, List::of, values -> apply.accept(values.getFirst())));
        return this;
    }

    /** A date, as ISO {@code 2025-01-19}. */
    public FilterAddress date(String name, HasValue<?, LocalDate> field) {
        return date(name, field, null);
    }

    /** A date, as ISO {@code 2025-01-19}, left out while it is the view's default (an address then stays current). */
    public FilterAddress date(String name, HasValue<?, LocalDate> field, @Nullable LocalDate byDefault) {
        return single(name, field, date -> date.equals(byDefault) ? null : date.toString(), FilterAddress::dateNamed);
    }

    /** Several of an enum's constants, by name. */
    public <E extends Enum<E>> FilterAddress constants(String name, HasValue<?, Set<E>> field, Class<E> type) {
        return each(name, field, Enum::name, values -> lookUp(values, value -> constantNamed(type, value)));
    }

    /** One value of any kind, written with {@code format} and read with {@code parse}. */
    public <T> FilterAddress single(String name, HasValue<?, T> field, Function<T, String> format,
                                    Function<String, Optional<T>> parse) {
        parameters.add(new Parameter(name,
                // A checkbox left unticked counts as empty, so the value itself decides (format gives null to omit).
                () -> Optional.ofNullable(field.getValue()).map(format).map(List::of).orElse(List.of()),
                values -> values.stream().findFirst().flatMap(parse).ifPresent(field::setValue)));
        return this;
    }

    /** Several values of a multi-select, the parameter repeated once per value, in a stable order. */
    public <T> FilterAddress each(String name, HasValue<?, Set<T>> field, Function<T, String> format,
                                  Function<Collection<String>, Set<T>> parse) {
        parameters.add(new Parameter(name,
                () -> field.getValue().stream().map(format).sorted().toList(),
                values -> {
                    Set<T> found = parse.apply(values);
                    if (!found.isEmpty()) {
                        field.setValue(found);
                    }
                }));
        return this;
    }

    /**
     * Sets the fields from the address. Their change listeners fire while {@link #isReading()}; the view refreshes
     * once after this returns.
     */
    public void read(QueryParameters query) {
        reading = true;
        try {
            Map<String, List<String>> given = query.getParameters();
            for (Parameter parameter : parameters) {
                List<String> values = given.getOrDefault(parameter.name(), List.of()).stream()
                        .filter(value -> !value.isBlank()).toList();
                if (!values.isEmpty()) {
                    parameter.read().accept(values);
                }
            }
        } finally {
            reading = false;
        }
    }

    /**
     * Whether {@link #read} is setting the filters. Each filter it sets tells the view of its change; the view waits
     * until all are set and refreshes once, in {@code beforeEnter}, rather than read the record for every filter the
     * address names (the timeline of three jurisdictions was read three times, the first time for all of them).
     */
    public boolean isReading() {
        return reading;
    }

    /** The filters now set, as query parameters; filters not set are left out. */
    public QueryParameters current() {
        Map<String, List<String>> values = new HashMap<>();
        for (Parameter parameter : parameters) {
            List<String> written = parameter.written().get();
            if (!written.isEmpty()) {
                values.put(parameter.name(), written);
            }
        }
        return new QueryParameters(values);
    }

    /** The view's address with the filters now set, e.g. {@code concerns?jurisdiction=US&level=HIGH}. */
    public String url() {
        return new Location(RouteConfiguration.forSessionScope().getUrl(view.getClass()), current())
                .getPathWithQueryParameters();
    }

    /**
     * Puts the filters now set into the browser's address bar; does nothing while the address is being read. Also
     * called while the view is being entered, before it is attached: the address then shows the filters that took.
     */
    public void write() {
        UI ui = view.getUI().orElse(UI.getCurrent());
        if (!reading && ui != null) {
            ui.getPage().getHistory().replaceState(null, url());
        }
    }

    /** An address of {@code view} with no filter set yet: what a view's link builder starts from. */
    public static Link link(Class<? extends Component> view) {
        Route route = view.getAnnotation(Route.class);
        if (route == null || route.value().equals(Route.NAMING_CONVENTION)) {
            throw new IllegalArgumentException(view.getSimpleName() + " does not name its route");
        }
        return new Link(route.value(), Map.of());
    }

    /**
     * An address of a view with some filters set, built by the view's own link builder with its parameter names;
     * values are written as {@link FilterAddress} writes the view's fields. Each method gives a new link.
     */
    public static final class Link {

        private final String path;
        private final Map<String, List<String>> parameters;

        private Link(String path, Map<String, List<String>> parameters) {
            this.path = path;
            this.parameters = parameters;
        }

        /** A value as it is (a code, a name); free text stripped; left out when blank. */
        public Link value(String name, String value) {
            return with(name, textWritten(value));
        }

        /** A flag, written only when ticked. */
        public Link flag(String name, boolean ticked) {
            return with(name, flagWritten(ticked));
        }

        /** An enum's constant, by name. */
        public Link constant(String name, Enum<?> value) {
            return with(name, value.name());
        }

        /** The view's route with the parameters: {@code concerns?jurisdiction=US&open=true}. */
        public String address() {
            return new Location(path, new QueryParameters(parameters)).getPathWithQueryParameters();
        }

        private Link with(String name, @Nullable String value) {
            Map<String, List<String>> more = new HashMap<>(parameters);
            if (value == null) {
                more.remove(name);
            } else {
                more.put(name, List.of(value));
            }
            return new Link(path, Map.copyOf(more));
        }
    }

    /** The values of a repeated parameter, for {@link #each}: codes or names looked up one by one. */
    public static <T> Set<T> lookUp(Collection<String> values, Function<String, Optional<T>> find) {
        return values.stream().map(find).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    private static @Nullable String textWritten(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static @Nullable String flagWritten(@Nullable Boolean ticked) {
        return Boolean.TRUE.equals(ticked) ? "true" : null;
    }

    private static Optional<LocalDate> dateNamed(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> constantNamed(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name.strip().toUpperCase()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
