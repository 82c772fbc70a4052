package cn.healthsec.reporting.privacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text. Only the kind found is ever reported: the matched value is
 * neither returned nor logged.
 *
 * <p>The text is read as a person would read it. First it is {@linkplain NormalisedText normalised}
 * (NFKC, invisible characters and combining marks removed), then the web's encodings are
 * {@linkplain WebEncodings decoded} ({@code &#49;}, {@code %31}, {@code \u0031}). It is then read
 * <em>once</em>, left to right, with no regular expression: the work is linear in the length of the
 * text whatever it holds. Numbers are recognised through the disguises people use:
 * <ul>
 *   <li>Digits of any script, Chinese numerals read digit by digit (四四〇一…, 壹贰叁, 幺) and English
 *       digit words ({@link Numerals}), mixed as they come.</li>
 *   <li>Digits split into groups by separators — any whitespace, dashes, {@code . ( ) [ ] / \ _ + *}
 *       and middle dots — in any number and place: {@code 139.8765.4321}, {@code (139)87654321}.
 *       A number is any run of whole consecutive groups, so two numbers side by side are both found.</li>
 *   <li>Digits split by list punctuation — {@code 、 , ; 。} — or across adjacent values of one JSON
 *       object or array ({@link #detectAcross}). Lists of numbers (years, ports, counts, thousands
 *       separators) are written that way, and a card's Luhn digit (one number in ten passes it) or a
 *       mobile number's prefix cannot tell a list from a disguise. Across such a gap a resident
 *       identity number is always looked for (its check character and birth date let about one
 *       random 18-digit string in 15,000 pass); a card or mobile number only when spelled out digit
 *       by digit ({@code 1、3、9、…}), or, for a mobile number, in its written 3-4-4 grouping.</li>
 *   <li>Letters end a number but do not hide it: {@code ID11010519491231002X} is an identity number.
 *       A mobile number glued to Latin letters ({@code A13800138000B}) is taken for part of an identifier:
 *       mobile numbers carry no check digit, so that is where false alarms would come from. A single
 *       Chinese numeral that is part of a word (统一, 第一, 一般, 三级) is not a digit.</li>
 * </ul>
 * Check digits keep ordinary numbers out: ISO 7064 MOD 11-2 and a real birth date for resident
 * identity numbers (GB 11643-1999), Luhn for bank cards (ISO/IEC 7812-1). An 18-character unified
 * social credit code (GB 32100-2015) with a valid check character is an organisation's code, not a card.
 *
 * <p>E-mail addresses are found with their {@code @} written out — {@code [at]}, {@code (at)},
 * {@code 艾特}, {@code &commat;}, or a bare {@code at} when the dots are written out too — and their
 * dots written as {@code 。}, {@code 点}, {@code dot}, {@code [dot]} or {@code [.]}.
 */
public final class PersonalDataDetector {


    /** Where values are not adjacent (a number, an object, a refused field lies between): nothing joins across it. */
    static final char BREAK = '\uFFFC';

    private static final Pattern UUID_SHAPE =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private PersonalDataDetector() {
    }

    public static Set<PersonalDataKind> detect(String text) {
        return detect(text, null);
    }

    /**
     * As {@link #detect(String)}; {@code work}, when given, has its element 0 increased by the number
     * of elementary steps taken, so a test can prove the scan linear without timing it.
     */
    static Set<PersonalDataKind> detect(String text, long[] work) {
        Set<PersonalDataKind> found = EnumSet.noneOf(PersonalDataKind.class);
        if (text == null || text.isEmpty() || isUuid(text)) {
            return found;
        }
        new TextScan(readable(text), (kind, from, to) -> found.add(kind), work).run();
        return found;
    }

    /** Personal data found in adjacent values: its kind and the first and last of the values it lies in. */
    public record Hit(PersonalDataKind kind, int first, int last) {
        public boolean spansValues() {
            return first != last;
        }
    }

    /**
     * The personal data in a sequence of values that stand next to each other — the string values of
     * one JSON object, in order, or the items of one array — read in one pass as one text in which
     * each value ends with a list gap ({@link Digits#JUNCTION}), so that a number split between one value's
     * end and the next one's start is found as it would be within one value. A null stands for what
     * is not a text value (a number, an object) or not read (a refused field): nothing joins across it.
     */
    public static List<Hit> detectAcross(List<String> values) {
        return detectAcross(values, null);
    }

    static List<Hit> detectAcross(List<String> values, long[] work) {
        StringBuilder joined = new StringBuilder();
        int[] ends = new int[values.size()];
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                joined.append(Digits.JUNCTION);
            }
            String v = values.get(i);
            joined.append(v == null || isUuid(v) ? String.valueOf(BREAK) : readable(v));
            ends[i] = joined.length();
        }
        List<Hit> hits = new ArrayList<>();
        Set<Hit> seen = new java.util.HashSet<>();
        new TextScan(joined.toString(), (kind, from, to) -> {
            Hit hit = new Hit(kind, valueAt(ends, from), valueAt(ends, to - 1));
            if (seen.add(hit)) {
                hits.add(hit);
            }
        }, work).run();
        return hits;
    }

    /** The value the character at {@code position} of the joined text belongs to (a junction: the value it ends). */
    private static int valueAt(int[] ends, int position) {
        int at = java.util.Arrays.binarySearch(ends, position);
        return at >= 0 ? at : -at - 1;
    }

    /** The text as the scan reads it: normalised, the web's encodings decoded, normalised again. */
    static String readable(String text) {
        String normalised = NormalisedText.of(text);
        String decoded = WebEncodings.decode(normalised);
        return decoded == normalised ? normalised : NormalisedText.of(decoded);
    }

    /**
     * A text that is exactly one UUID (8-4-4-4-12 hex digits) is an identifier the service issued —
     * a submission, a notice — and no personal data: read across its hyphens, about one UUID in 350
     * has digit runs the detector would otherwise take for a phone or card number, which refused
     * reports naming a notice and redacted audit targets now and then.
     */
    static boolean isUuid(String text) {
        return text.length() == 36 && UUID_SHAPE.matcher(text).matches();
    }

    /** The text, or a placeholder when it carries personal data: for request paths echoed or audited. */
    public static String redacted(String text) {
        return text == null || detect(text).isEmpty() ? text : "[redacted: personal data]";
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits, as GB 11643-1999 specifies. */
    static boolean isResidentId(String candidate) {
        return candidate.length() == 18 && Digits.checksumOk(candidate, 0) && Digits.birthDateOk(candidate, 0);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, n = 0; i >= 0; i--, n++) {
            sum += luhnValue(digits.charAt(i) - '0', n);
        }
        return sum % 10 == 0;
    }

    static int luhnValue(int digit, int positionFromRight) {
        if (positionFromRight % 2 == 0) {
            return digit;
        }
        int d = digit * 2;
        return d > 9 ? d - 9 : d;
    }
}
