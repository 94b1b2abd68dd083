package dev.steward.app.export.pdf;

import dev.steward.app.export.ExportInput;

/// One part of the report. Sections are independent so each stays small and can be reordered; the
/// export reports progress and checks for cancellation between them.
interface ReportSection {
    void render(ExportInput input, ReportKit kit);
}
