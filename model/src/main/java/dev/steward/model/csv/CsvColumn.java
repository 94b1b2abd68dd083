package dev.steward.model.csv;

import java.util.function.Function;

/// One column of a {@link CsvTable}: its header, whether a file must have it, and how to write it.
///
/// @param name     header text, snake_case; stable, since users' spreadsheets depend on it
/// @param required a file without this column is rejected as a whole
/// @param value    the cell for one item; `null` writes an empty cell
public record CsvColumn<T>(String name, boolean required, Function<T, String> value) {
}
