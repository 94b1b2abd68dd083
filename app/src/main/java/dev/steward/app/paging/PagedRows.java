package dev.steward.app.paging;

import javafx.collections.ObservableListBase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/// A table's items read from the database a block at a time (the register's rows, the dashboard's gaps): as many
/// rows as the query matches, of which only the blocks someone looked at recently are held, so a register of a
/// million integrations costs the table a few thousand rows.
///
/// {@link #get} of a row that is not held returns `null` and asks for its block; when the block arrives the
/// rows are only stored, not announced as changes (a "replaced" change would clear the table's selection),
/// so whoever shows them redraws on the owner's signal. Only {@link #reset} changes the list as far as its
/// listeners know. Searches ({@link #indexOf}, {@link #contains}) look at held rows only: a full scan would
/// fetch the whole register.
public final class PagedRows<T> extends ObservableListBase<T> {
    public static final int BLOCK = 100;
    private static final int HELD_BLOCKS = 40;

    private final IntConsumer blockWanted;
    private final Class<T> type;
    private final ToLongFunction<T> idOf;
    private final Map<Integer, List<T>> blocks = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > HELD_BLOCKS;
        }
    };
    private int size;
    private long generation;

    /// @param blockWanted called with a block number whenever a row of it is asked for and not held; it may
    ///                    store the block before it returns
    /// @param idOf        a row's identity, for finding a held row again ({@link #indexOfId}) when the object
    ///                    itself was replaced
    public PagedRows(IntConsumer blockWanted, Class<T> type, ToLongFunction<T> idOf) {
        this.blockWanted = blockWanted;
        this.type = type;
        this.idOf = idOf;
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        int block = index / BLOCK;
        List<T> rows = blocks.get(block);
        if (rows == null) {
            blockWanted.accept(block);
            rows = blocks.get(block);
        }
        int at = index % BLOCK;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    @Override
    public int size() {
        return size;
    }

    /// Counts every {@link #reset}; a block fetched for an older generation belongs to another query.
    public long generation() {
        return generation;
    }

    public boolean holds(int block) {
        return blocks.containsKey(block);
    }

    /// Replaces every row: `size` rows, of which the given blocks are held.
    @SuppressWarnings("unchecked")
    public void reset(int newSize, Map<Integer, List<T>> held) {
        int oldSize = size;
        generation++;
        blocks.clear();
        size = newSize;
        blocks.putAll(held);
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, java.util.Collections.nCopies(oldSize, (T) null));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    /// Stores a block fetched for `forGeneration`; ignored when the list was reset since.
    public boolean store(long forGeneration, int block, List<T> rows) {
        if (forGeneration != generation) {
            return false;
        }
        blocks.put(block, List.copyOf(rows));
        return true;
    }

    /// Rewrites every held row, e.g. after a person's name changed; nothing is fetched.
    public void replaceHeld(UnaryOperator<T> change) {
        blocks.replaceAll((block, rows) -> rows.stream().map(change).toList());
    }

    /// The index of the held row with this integration id.
    public OptionalInt indexOfId(long id) {
        for (Map.Entry<Integer, List<T>> entry : blocks.entrySet()) {
            List<T> rows = entry.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (idOf.applyAsLong(rows.get(i)) == id) {
                    return OptionalInt.of(entry.getKey() * BLOCK + i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /// The held row at `index`, without asking for anything.
    public Optional<T> held(int index) {
        if (index < 0 || index >= size) {
            return Optional.empty();
        }
        List<T> rows = blocks.get(index / BLOCK);
        int at = index % BLOCK;
        return rows == null || at >= rows.size() ? Optional.empty() : Optional.of(rows.get(at));
    }

    @Override
    public int indexOf(Object o) {
        for (Map.Entry<Integer, List<T>> entry : blocks.entrySet()) {
            int at = entry.getValue().indexOf(o);
            if (at >= 0) {
                return entry.getKey() * BLOCK + at;
            }
        }
        return type.isInstance(o) ? indexOfId(idOf.applyAsLong(type.cast(o))).orElse(-1) : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
