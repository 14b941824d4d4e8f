package warta.core.batch.source;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** Items worked out in one go, but only when first asked for: a feed is fetched when reached. */
final class LazyItems implements Items {

    private final Supplier<List<Found>> work;
    private Items items;
    private boolean closed;

    LazyItems(Supplier<List<Found>> work) {
        this.work = work;
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (items == null) {
            items = Items.of(work.get());
        }
        return items.hasNext();
    }

    @Override
    public Found next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return items.next();
    }

    @Override
    public void close() {
        closed = true;
    }
}
