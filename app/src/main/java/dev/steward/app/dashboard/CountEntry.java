package dev.steward.app.dashboard;

/// One bar or slice of a dashboard chart: a label and how many integrations it counts.
public record CountEntry(String label, int count) {
}
