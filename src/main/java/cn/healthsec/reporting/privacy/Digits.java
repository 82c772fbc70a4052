package cn.healthsec.reporting.privacy;

import java.time.YearMonth;

/**
 * What the digits of a number and the gaps between them are, for the scan ({@link TextScan}) and the
 * detector alike: GB 11643-1999's check character and birth date of a resident id, and the
 * separators written within one number and between the items of a list.
 */
final class Digits {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** Between two adjacent values read as one text: a gap of the list kind. */
    static final char JUNCTION = '\u001F';

    private Digits() {
    }

    /** 17 digits from {@code from}, then a check character (digit, X or x) that matches them. */
    static boolean checksumOk(CharSequence s, int from) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(from + i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(s.charAt(from + 17)) == ID_CHECK.charAt(sum % 11);
    }

    /** Positions 7–14 are the holder's birth date, {@code yyyyMMdd} (GB 11643-1999 §5.3). */
    static boolean birthDateOk(CharSequence s, int from) {
        int year = number(s, from + 6, 4);
        int month = number(s, from + 10, 2);
        int day = number(s, from + 12, 2);
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }

    static int number(CharSequence s, int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Separators within one number's digits: whitespace, dashes, dots, brackets, slashes, middle dots. */
    static boolean isSeparator(int cp) {
        return (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) && cp != JUNCTION
                || Character.getType(cp) == Character.DASH_PUNCTUATION
                || cp == '.' || cp == '(' || cp == ')' || cp == '[' || cp == ']' || cp == '/' || cp == '\\'
                || cp == '_' || cp == '+' || cp == '*' || cp == '·' || cp == '•' || cp == '・' || cp == '‧' || cp == '∙' || cp == '⋅';
    }

    /** Separators between the items of a list: enumeration comma, comma, semicolon, ideographic full stop; a junction. */
    static boolean isListSeparator(int cp) {
        return cp == '、' || cp == ',' || cp == ';' || cp == '。' || cp == JUNCTION;
    }
}
