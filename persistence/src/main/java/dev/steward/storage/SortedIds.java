package dev.steward.storage;

import java.util.Arrays;

/// Sets of record ids as sorted arrays without repeats: what the quick search combines its words with.
/// H2 makes a set distinct with a tree of its own values, about ten times slower than sorting the plain
/// numbers here (see {@link RegisterSearch}).
public final class SortedIds {
    static final long[] NONE = new long[0];

    private SortedIds() {
    }

    /// The first `count` values of `raw` as a set; sorts `raw` in place.
    static long[] of(long[] raw, int count) {
        Arrays.sort(raw, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || raw[i] != raw[distinct - 1]) {
                raw[distinct++] = raw[i];
            }
        }
        return distinct == raw.length ? raw : Arrays.copyOf(raw, distinct);
    }

    static long[] intersect(long[] a, long[] b) {
        long[] out = new long[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    static long[] union(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            long next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /// The ids of `a` that are not in `b`.
    static long[] without(long[] a, long[] b) {
        if (b.length == 0) {
            return a;
        }
        long[] out = new long[a.length];
        int n = 0;
        for (long id : a) {
            if (!contains(b, id)) {
                out[n++] = id;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    static boolean contains(long[] set, long id) {
        return Arrays.binarySearch(set, id) >= 0;
    }
}
