package org.sovereigntywatch.base.ui;

import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.function.ValueProvider;
import org.jspecify.annotations.Nullable;

import java.util.function.LongSupplier;

/**
 * A register's lazy rows whose count is read once for each refresh of the rows: the grid asks for it, and so does the
 * bulk bar for its "select all 1,234", which read it from the database a second time at every change of filter. A
 * view refreshes the rows before it asks for the count of a new filter. Used under the UI's lock, as the grid is.
 */
public final class CountedRows<T> extends CallbackDataProvider<T, Void> {

    private final Count count;

    /**
     * @param fetch the rows of a page
     * @param count how many rows the register's filter matches
     * @param id    what tells rows apart (they are records: a row fetched again is an equal but new object)
     */
    public CountedRows(FetchCallback<T, Void> fetch, LongSupplier count, ValueProvider<T, Object> id) {
        this(fetch, new Count(count), id);
    }

    private CountedRows(FetchCallback<T, Void> fetch, Count count, ValueProvider<T, Object> id) {
        super(fetch, query -> (int) count.get(), id);
        this.count = count;
    }

    /** How many rows the filter matches, read at most once between refreshes. */
    public long count() {
        return count.get();
    }

    @Override
    public void refreshAll() {
        count.forget();
        super.refreshAll();
    }

    private static final class Count {

        private final LongSupplier read;
        private @Nullable Long known;

        Count(LongSupplier read) {
            this.read = read;
        }

        long get() {
            if (known == null) {
                known = read.getAsLong();
            }
            return known;
        }

        void forget() {
            known = null;
        }
    }
}
