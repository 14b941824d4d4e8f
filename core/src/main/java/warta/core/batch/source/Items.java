package warta.core.batch.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A lazy, closeable run of {@link Found} items. {@link #close()} releases whatever the run holds
 * open (a JSON Lines file) and may be called more than once.
 */
interface Items extends Iterator<Found>, AutoCloseable {

    @Override
    void close();

    /** Items already in hand. */
    static Items of(List<Found> found) {
        Deque<Found> left = new ArrayDeque<>(found);
        return new Items() {
            @Override
            public boolean hasNext() {
                return !left.isEmpty();
            }

            @Override
            public Found next() {
                if (left.isEmpty()) {
                    throw new NoSuchElementException();
                }
                return left.poll();
            }

            @Override
            public void close() {
                left.clear();
            }
        };
    }

    static Items of(Found found) {
        return of(List.of(found));
    }

    /**
     * The items of each element of {@code outer} in turn; an element is expanded only when the
     * items before it are used up, and its run is closed as soon as it is.
     */
    static <T> Items flat(Iterator<T> outer, Function<T, Items> expand) {
        return new FlatItems<>(outer, expand);
    }
}
