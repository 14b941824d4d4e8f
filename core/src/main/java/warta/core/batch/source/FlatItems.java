package warta.core.batch.source;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Lazy flattening for {@link Items#flat}. Written out rather than left to {@code Stream.flatMap},
 * which may buffer a whole inner run when the stream is pulled through its iterator.
 */
final class FlatItems<T> implements Items {

    private final Iterator<T> outer;
    private final Function<T, Items> expand;
    private Items current;
    private boolean closed;

    FlatItems(Iterator<T> outer, Function<T, Items> expand) {
        this.outer = outer;
        this.expand = expand;
    }

    @Override
    public boolean hasNext() {
        while (!closed && (current == null || !current.hasNext())) {
            if (current != null) {
                current.close();
                current = null;
            }
            if (!outer.hasNext()) {
                return false;
            }
            current = expand.apply(outer.next());
        }
        return !closed;
    }

    @Override
    public Found next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        closed = true;
        if (current != null) {
            current.close();
            current = null;
        }
        if (outer instanceof Items nested) {
            nested.close();
        }
    }
}
