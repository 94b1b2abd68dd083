package dev.steward.model.csv;

/// Keeps spreadsheet programs from running cell values as formulas (CSV injection), without losing data.
///
/// A spreadsheet treats a cell starting with `=`, `+`, `-` or `@` (and, in some programs, TAB or CR) as a
/// formula, so a purpose such as `=HYPERLINK(...)` could run when someone opens an export. The rule, applied to
/// every cell:
///
/// - **Writing:** a value starting with `=` `+` `-` `@` TAB CR, or with an apostrophe, gets one apostrophe in
///   front. Spreadsheets show such a value as text.
/// - **Reading:** one leading apostrophe is removed when the character after it is one of those same
///   characters (including another apostrophe); any other apostrophe is kept.
///
/// Guarding values that already start with an apostrophe is what makes the two exact inverses:
/// `unguard(guard(v))` equals `v` for every value, and a hand-typed `'quoted` survives an import unchanged.
public final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r";
    private static final char MARK = '\'';

    private FormulaGuard() {
    }

    /// @return `value` with an apostrophe in front if a spreadsheet could read it as a formula (or if it
    ///         starts with an apostrophe itself); `null` stays `null`
    public static String guard(String value) {
        if (value == null || value.isEmpty() || !needsMark(value.charAt(0))) {
            return value;
        }
        return MARK + value;
    }

    /// The inverse of {@link #guard(String)}.
    public static String unguard(String value) {
        if (value == null || value.length() < 2 || value.charAt(0) != MARK || !needsMark(value.charAt(1))) {
            return value;
        }
        return value.substring(1);
    }

    private static boolean needsMark(char first) {
        return first == MARK || TRIGGERS.indexOf(first) >= 0;
    }
}
