package cn.healthsec.reporting.privacy;

import cn.healthsec.reporting.identifier.Uscc;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds personal data in free text. Only the kind found is ever reported: the matched value is
 * neither returned nor logged.
 *
 * <p>The text is first {@linkplain NormalisedText normalised} (NFKC, invisible characters removed),
 * so fullwidth digits and zero-width characters do not hide a number. It is then read <em>once</em>,
 * left to right, with no regular expression: the work is linear in the length of the value
 * whatever it holds (the regular expressions this replaced took quadratic time on long runs of
 * letters). Numbers are recognised through the disguises people use:
 * <ul>
 *   <li>Digits may be split into groups by separators — any whitespace, dashes, {@code . ( ) [ ] / \ _ + * · •} —
 *       in any number and place: {@code 139.8765.4321}, {@code (139)87654321}, {@code 1101 0519 …}.
 *       A number is any run of whole consecutive groups, so two numbers side by side are both found.</li>
 *   <li>Letters end a number but do not hide it: {@code ID11010519491231002X} is an identity number.
 *       A mobile number glued to Latin letters ({@code A13800138000B}) is taken for part of an identifier:
 *       mobile numbers carry no check digit, so that is where false alarms would come from.</li>
 * </ul>
 * Check digits keep ordinary numbers out: ISO 7064 MOD 11-2 and a real birth date for resident
 * identity numbers (GB 11643-1999), Luhn for bank cards (ISO/IEC 7812-1). An 18-character unified
 * social credit code (GB 32100-2015) with a valid check character is an organisation's code, not a card.
 */
public final class PersonalDataDetector {

    /** RFC 5321 §4.5.3.1: at most 255 characters after the {@code @}. */
    private static final int MAX_DOMAIN = 255;
    /** The longest number looked for: a 19-digit card; the shortest: an 11-digit mobile number. */
    private static final int MAX_DIGITS = 19;
    private static final int MIN_DIGITS = 11;

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

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
        new Scan(NormalisedText.of(text), found, work).run();
        return found;
    }

    /** The text, or a placeholder when it carries personal data: for request paths echoed or audited. */
    /**
     * A text that is exactly one UUID (8-4-4-4-12 hex digits) is an identifier the service issued —
     * a submission, a notice — and no personal data: read across its hyphens, about one UUID in 350
     * has digit runs the detector would otherwise take for a phone or card number, which refused
     * reports naming a notice and redacted audit targets now and then.
     */
    static boolean isUuid(String text) {
        return text.length() == 36 && UUID_SHAPE.matcher(text).matches();
    }

    private static final java.util.regex.Pattern UUID_SHAPE =
            java.util.regex.Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    public static String redacted(String text) {
        return text == null || detect(text).isEmpty() ? text : "[redacted: personal data]";
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits, as GB 11643-1999 specifies. */
    static boolean isResidentId(String candidate) {
        return candidate.length() == 18 && checksumOk(candidate, 0) && birthDateOk(candidate, 0);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, n = 0; i >= 0; i--, n++) {
            sum += luhnValue(digits.charAt(i) - '0', n);
        }
        return sum % 10 == 0;
    }

    private static int luhnValue(int digit, int positionFromRight) {
        if (positionFromRight % 2 == 0) {
            return digit;
        }
        int d = digit * 2;
        return d > 9 ? d - 9 : d;
    }

    /** 17 digits from {@code from}, then a check character (digit, X or x) that matches them. */
    private static boolean checksumOk(CharSequence s, int from) {
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
    private static boolean birthDateOk(CharSequence s, int from) {
        int year = number(s, from + 6, 4);
        int month = number(s, from + 10, 2);
        int day = number(s, from + 12, 2);
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static int number(CharSequence s, int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.DASH_PUNCTUATION
                || cp == '.' || cp == '(' || cp == ')' || cp == '[' || cp == ']' || cp == '/' || cp == '\\'
                || cp == '_' || cp == '+' || cp == '*' || cp == '·' || cp == '•';
    }

    private static boolean isLatinLetter(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }

    private static boolean isLocalPartChar(int cp) {
        return isLatinLetter(cp) || (cp >= '0' && cp <= '9') || cp == '.' || cp == '_' || cp == '%' || cp == '+' || cp == '-';
    }

    private static boolean isDomainChar(int cp) {
        return isLatinLetter(cp) || (cp >= '0' && cp <= '9') || cp == '.' || cp == '-';
    }

    /** One left-to-right pass over a normalised text. */
    private static final class Scan {
        private final String s;
        private final Set<PersonalDataKind> found;
        private final long[] work;
        private long steps;

        /** Consecutive e-mail local-part characters just before the current position. */
        private int localRun;
        /** Where the e-mail domain looked at last ends: no character is looked at twice. */
        private int domainSeenUpTo;

        /** The digits of the current run; each group's start and end in them and in the text. */
        private final StringBuilder digits = new StringBuilder();
        private int[] groupStart = new int[8];
        private int[] groupEnd = new int[8];
        private int[] groupTextStart = new int[8];
        private int[] groupTextEnd = new int[8];
        /** Whether the gap before each group was exactly one dot (a dotted-quad address is not a phone number). */
        private boolean[] dotBefore = new boolean[8];
        private int separatorsInGap;
        private boolean gapIsDot;
        private int groups;
        private boolean inRun;
        private boolean inGroup;
        /** A Latin letter touches the run's first digit. */
        private boolean glueBefore;
        private boolean trailingX;
        private int previous = -1;

        Scan(String s, Set<PersonalDataKind> found, long[] work) {
            this.s = s;
            this.found = found;
            this.work = work;
        }

        void run() {
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                int next = i + Character.charCount(cp);
                steps++;
                if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                    digit(Character.digit(cp, 10), i, next);
                } else if (inRun && isSeparator(cp)) {
                    if (inGroup) {
                        separatorsInGap = 0;
                    }
                    inGroup = false;
                    separatorsInGap++;
                    gapIsDot = cp == '.';
                } else if (inRun && (cp == 'X' || cp == 'x')) {
                    trailingX = true;
                    endRun(inGroup);
                } else if (inRun) {
                    endRun(inGroup && isLatinLetter(cp));
                }
                if (cp == '@') {
                    email(next);
                    localRun = 0;
                } else {
                    localRun = isLocalPartChar(cp) ? localRun + 1 : 0;
                }
                previous = cp;
                i = next;
            }
            if (inRun) {
                endRun(false);
            }
            if (work != null) {
                work[0] += steps;
            }
        }

        private void digit(int value, int at, int next) {
            if (!inRun) {
                inRun = true;
                glueBefore = isLatinLetter(previous);
                trailingX = false;
                digits.setLength(0);
                groups = 0;
            }
            if (!inGroup) {
                if (groups == groupStart.length) {
                    groupStart = Arrays.copyOf(groupStart, groups * 2);
                    groupEnd = Arrays.copyOf(groupEnd, groups * 2);
                    groupTextStart = Arrays.copyOf(groupTextStart, groups * 2);
                    groupTextEnd = Arrays.copyOf(groupTextEnd, groups * 2);
                    dotBefore = Arrays.copyOf(dotBefore, groups * 2);
                }
                dotBefore[groups] = groups > 0 && separatorsInGap == 1 && gapIsDot;
                groupStart[groups] = digits.length();
                groupTextStart[groups] = at;
                groups++;
                inGroup = true;
            }
            digits.append((char) ('0' + value));
            groupEnd[groups - 1] = digits.length();
            groupTextEnd[groups - 1] = next;
        }

        /**
         * Every window of whole consecutive groups is a candidate number. Walking left from each
         * group's end the Luhn sum grows digit by digit (its weights count from the right), and no
         * window is longer than 19 digits, so a run costs at most 19 steps per digit.
         */
        private void endRun(boolean glueAfter) {
            for (int j = 0; j < groups; j++) {
                int end = groupEnd[j];
                int luhn = 0;
                int count = 0;
                for (int k = j; k >= 0 && count <= MAX_DIGITS; k--) {
                    for (int p = groupEnd[k] - 1; p >= groupStart[k] && count <= MAX_DIGITS; p--) {
                        luhn += luhnValue(digits.charAt(p) - '0', count++);
                        steps++;
                    }
                    if (count >= MIN_DIGITS && count <= MAX_DIGITS) {
                        window(k, j, groupStart[k], end, count, luhn, glueAfter);
                    }
                }
            }
            inRun = false;
            inGroup = false;
            trailingX = false;
        }

        private void window(int firstGroup, int lastGroup, int from, int end, int length, int luhn, boolean glueAfter) {
            boolean glued = (firstGroup == 0 && glueBefore) || (lastGroup == groups - 1 && glueAfter);
            boolean mobile = (length == 11 && mobileAt(from))
                    || (length == 13 && digits.charAt(from) == '8' && digits.charAt(from + 1) == '6' && mobileAt(from + 2));
            if (mobile && !glued && !dottedQuad(firstGroup, lastGroup)) {
                found.add(PersonalDataKind.MOBILE_NUMBER);
            }
            if (found.contains(PersonalDataKind.RESIDENT_ID) && found.contains(PersonalDataKind.BANK_CARD)) {
                return;
            }
            boolean residentId = false;
            if (length == 18) {
                steps += 18;
                residentId = checksumOk(digits, from) && birthDateOk(digits, from);
            } else if (length == 17 && lastGroup == groups - 1 && trailingX) {
                steps += 18;
                String withX = digits.substring(from, end) + "X";
                residentId = checksumOk(withX, 0) && birthDateOk(withX, 0);
            }
            if (residentId) {
                found.add(PersonalDataKind.RESIDENT_ID);
            } else if (length >= 13 && luhn % 10 == 0 && !(firstGroup == lastGroup && organisationCode(firstGroup))) {
                found.add(PersonalDataKind.BANK_CARD);
            }
        }

        /** Four groups of at most three digits, each at most 255, joined by single dots: an IPv4 address. */
        private boolean dottedQuad(int firstGroup, int lastGroup) {
            if (lastGroup - firstGroup != 3) {
                return false;
            }
            for (int g = firstGroup; g <= lastGroup; g++) {
                int length = groupEnd[g] - groupStart[g];
                if (length > 3 || number(digits, groupStart[g], length) > 255 || (g > firstGroup && !dotBefore[g])) {
                    return false;
                }
            }
            return true;
        }

        private boolean mobileAt(int from) {
            char second = digits.charAt(from + 1);
            return digits.charAt(from) == '1' && second >= '3' && second <= '9';
        }

        /** The group is part of an unbroken 18-character unified social credit code whose check character is valid. */
        private boolean organisationCode(int group) {
            int from = groupTextStart[group];
            int to = groupTextEnd[group];
            while (from > 0 && to - from < 18 && isAsciiAlphanumeric(s.charAt(from - 1))) {
                from--;
                steps++;
            }
            while (to < s.length() && to - from < 18 && isAsciiAlphanumeric(s.charAt(to))) {
                to++;
                steps++;
            }
            boolean whole = to - from == 18 && (from == 0 || !isAsciiAlphanumeric(s.charAt(from - 1)))
                    && (to == s.length() || !isAsciiAlphanumeric(s.charAt(to)));
            return whole && Uscc.verify(s.substring(from, to)) == Uscc.Verdict.VALID;
        }

        private static boolean isAsciiAlphanumeric(char c) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }

        /**
         * At an {@code @}: the local part is the run of local-part characters just read; the domain
         * is looked at ahead — a label, then a dot and at least two letters. Domain characters never
         * include {@code @}, so the next {@code @} lies beyond this domain and no character is looked
         * at by two e-mail checks. The look-ahead does not move the scan: digits after an {@code @}
         * are still read as numbers.
         */
        private void email(int from) {
            int i = Math.max(from, domainSeenUpTo);
            if (i > from) {
                return;
            }
            int labelLength = 0;
            int dots = 0;
            int leadingLetters = 0;
            boolean valid = false;
            while (i < s.length() && i - from < MAX_DOMAIN) {
                char c = s.charAt(i);
                if (!isDomainChar(c) || (c == '.' && labelLength == 0)) {
                    break;
                }
                steps++;
                if (c == '.') {
                    dots++;
                    labelLength = 0;
                    leadingLetters = 0;
                } else {
                    if (isLatinLetter(c) && leadingLetters == labelLength) {
                        leadingLetters++;
                    }
                    labelLength++;
                    if (dots > 0 && leadingLetters >= 2) {
                        valid = true;
                    }
                }
                i++;
            }
            domainSeenUpTo = i;
            if (valid && localRun > 0) {
                found.add(PersonalDataKind.EMAIL_ADDRESS);
            }
        }
    }
}
