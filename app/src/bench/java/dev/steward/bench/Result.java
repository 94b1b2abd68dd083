package dev.steward.bench;

/// One measured number beside the raw limit it rests on and its target.
///
/// @param metric   what was measured
/// @param size     the data size it was measured at, e.g. "100000 integrations"
/// @param measured the value, in {@code unit}
/// @param raw      the raw limit measured in the same run, in {@code unit}; {@code null} when there is none
/// @param rawWhat  what the raw limit is
/// @param target   the target as text; empty when the issue sets none
/// @param pass     whether the target is met; {@code null} when there is no target
record Result(String metric, String size, double measured, String unit, Double raw, String rawWhat, String target,
              Boolean pass) {

    static Result of(String metric, String size, double measured, String unit, Double raw, String rawWhat,
                     String target, Boolean pass) {
        return new Result(metric, size, round(measured), unit, raw == null ? null : round(raw), rawWhat, target,
                pass);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
