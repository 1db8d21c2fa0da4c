package org.sovereigntywatch.base;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * A page read by keyset ("seek") rather than by offset: the rows after the last one read, in the order of one
 * property with the id breaking ties. Rows added or changed between two pages then never shift the next page the way
 * they shift an offset: no row is read twice or skipped because another came or went before it.
 *
 * @param property  the entity property the rows are ordered by ({@code modifiedAt}); never null in any row, or its
 *                  rows would drop out of the comparison; {@code id} for the order of ids alone
 * @param direction ascending or descending, for the property and the id alike
 * @param lastValue the property's value in the last row read; null for the first page
 * @param lastId    the id of the last row read; ignored for the first page
 * @param size      how many rows to read
 */
public record Keyset(String property, Sort.Direction direction, @Nullable Object lastValue, long lastId, int size) {

    public static final String ID = "id";

    /** The first page in this order. */
    public static Keyset first(String property, Sort.Direction direction, int size) {
        return new Keyset(property, direction, null, 0, size);
    }

    /** The page after the row with these values. */
    public Keyset after(Object value, long id) {
        return new Keyset(property, direction, value, id, size);
    }

    public boolean isFirst() {
        return lastValue == null;
    }

    /** The order of the rows: the property, then the id, the same way. */
    public Sort sort() {
        Sort byId = Sort.by(direction, ID);
        return property.equals(ID) ? byId : Sort.by(direction, property).and(byId);
    }
}
