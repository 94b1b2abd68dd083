package dev.steward.app.dashboard;

/// A count axis from 0 in whole steps of 1, 2 or 5 times a power of ten, at most ten of them, reaching at
/// least the largest count.
record CountScale(int upper, int step) {
    private static final int MAX_TICKS = 10;

    static CountScale forMax(int max) {
        if (max <= 0) {
            return new CountScale(1, 1);
        }
        long magnitude = 1;
        while (true) {
            for (int factor : new int[]{1, 2, 5}) {
                long step = factor * magnitude;
                if ((max + step - 1) / step <= MAX_TICKS) {
                    long upper = (max + step - 1) / step * step;
                    return new CountScale((int) Math.min(upper, Integer.MAX_VALUE), (int) step);
                }
            }
            magnitude *= 10;
        }
    }
}
