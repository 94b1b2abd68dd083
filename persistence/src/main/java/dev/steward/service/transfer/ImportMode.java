package dev.steward.service.transfer;

/// What {@link RegisterImporter#execute} does with a plan that has problems.
public enum ImportMode {
    /// Import every row or none: refused when the plan has any problem.
    ALL_OR_NOTHING,
    /// Import the rows without problems and write the others to a reject report. Still refused when the
    /// header is broken, since then no row could be read.
    VALID_ROWS_ONLY
}
