package cn.healthsec.reporting.web;

/**
 * CSV for spreadsheet software (RFC 4180 quoting, CRLF rows, a BOM so Chinese reads right): text
 * cells are quoted, and a cell that a spreadsheet would read as a formula is defused with a quote.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final char BOM = '\uFEFF';
    public static final String ROW_END = "\r\n";
    /**
     * The error's type, which the export operations also accept: a generated client (Python's,
     * with default options) sends {@code Accept: application/problem+json} alone for an operation
     * whose success is CSV. The operations answer CSV all the same (their answer sets its own type);
     * their refusals are problem+json as everywhere.
     */
    public static final String PROBLEM_JSON = "application/problem+json";

    private Csv() {
    }

    /** A text cell: quoted, quotes doubled, a leading = + - @ tab or CR defused; empty for null. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** A number, date or enum cell as its text; empty for null. */
    public static String plain(Object value) {
        return value == null ? "" : value.toString();
    }
}
