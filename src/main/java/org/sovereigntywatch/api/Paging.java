package org.sovereigntywatch.api;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Keyset;
import org.springframework.data.domain.Sort;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Cursor paging for one register: reads the {@code sort}, {@code cursor} and {@code limit} parameters into a
 * {@link Keyset}, and turns the rows read into an {@link ApiPage} with the next page's cursor.
 * <p>
 * A cursor is the sort it was made for, the last row's id and its value of the sorted property, in URL-safe base 64:
 * opaque to scripts (they send it back as it came), readable to whoever debugs. It stays valid however long it is
 * kept, and whatever is added or changed meanwhile: the next page starts after that row's place in the order, not
 * after a number of rows.
 *
 * @param <R> the register's row
 */
final class Paging<R> {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final String SEPARATOR = "\n";

    private final List<SortKey<R>> keys;
    private final ToLongFunction<R> id;

    /** @param keys the orders offered, the default first */
    Paging(ToLongFunction<R> id, List<SortKey<R>> keys) {
        this.id = id;
        this.keys = List.copyOf(keys);
    }

    /** The names the {@code sort} parameter takes, each also with a leading {@code -} for descending. */
    String sortNames() {
        return keys.stream().map(SortKey::name).collect(Collectors.joining(", "));
    }

    /** The default sort's name. */
    String defaultSort() {
        return keys.getFirst().name();
    }

    /**
     * The page these parameters ask for, one row more than {@code limit}: that row, if it comes, says there is a
     * next page.
     *
     * @throws BadParameterException naming {@code sort}, {@code cursor} or {@code limit}
     */
    Keyset keyset(String sort, @Nullable String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", "limit must be between 1 and " + MAX_LIMIT + ", not " + limit + ".");
        }
        boolean descending = sort.startsWith("-");
        SortKey<R> key = key(descending ? sort.substring(1) : sort);
        Keyset first = Keyset.first(key.property(), descending ? Sort.Direction.DESC : Sort.Direction.ASC, limit + 1);
        if (cursor == null || cursor.isBlank()) {
            return first;
        }
        String[] parts = decode(cursor).split(SEPARATOR, 3);
        if (parts.length != 3) {
            throw malformed();
        }
        if (!parts[0].equals(sort)) {
            throw new BadParameterException("cursor", "This cursor continues sort=" + parts[0] + ", not sort=" + sort
                    + ": send it with the sort it came with.");
        }
        try {
            long lastId = Long.parseLong(parts[1]);
            return first.after(key.parse().apply(parts[2]), lastId);
        } catch (RuntimeException notOurs) {
            throw malformed();
        }
    }

    /** The page of {@code rows} (read with {@link #keyset}), each turned into {@code J}, with the next one's cursor. */
    <J> ApiPage<J> page(List<R> rows, Keyset keyset, String sort, Function<R, J> toJson) {
        int limit = keyset.size() - 1;
        List<R> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        if (rows.size() <= limit) {
            return new ApiPage<>(items.stream().map(toJson).toList(), null, null);
        }
        R last = items.getLast();
        String cursor = encode(sort + SEPARATOR + id.applyAsLong(last) + SEPARATOR + valueOf(sort, last));
        String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", cursor)
                .build().toUriString();
        return new ApiPage<>(items.stream().map(toJson).toList(), cursor, next);
    }

    private String valueOf(String sort, R row) {
        Object value = key(sort.startsWith("-") ? sort.substring(1) : sort).value().apply(row);
        if (value == null) {
            // The sorted properties are never null (see Keyset): a row without one would be a broken record.
            throw new IllegalStateException("A row without the value it is sorted by: " + row);
        }
        return value.toString();
    }

    private SortKey<R> key(String name) {
        return keys.stream().filter(key -> key.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadParameterException("sort", "sort must be one of " + sortNames()
                        + ", each with a leading - for descending; not “" + name + "”."));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw malformed();
        }
    }

    private static BadParameterException malformed() {
        return new BadParameterException("cursor", "cursor is not one this API gave: send nextCursor as it came.");
    }
}
