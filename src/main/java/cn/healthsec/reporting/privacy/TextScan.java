package cn.healthsec.reporting.privacy;

import cn.healthsec.reporting.identifier.Uscc;

import java.util.Arrays;

import static cn.healthsec.reporting.privacy.Numerals.isLatinLetter;

/**
 * One left-to-right pass over a readable text ({@link PersonalDataDetector#readable}), reporting
 * each piece of personal data with where it lies. Every character is looked at a bounded number of
 * times: a number's windows at most 19 digits back from each group's end, an e-mail domain once.
 */
final class TextScan {

    /** Where personal data of a kind lies: characters {@code from} (inclusive) to {@code to} (exclusive). */
    interface Sink {
        void found(PersonalDataKind kind, int from, int to);
    }

    /** RFC 5321 §4.5.3.1: at most 255 characters after the {@code @}. */
    private static final int MAX_DOMAIN = 255;
    /** The longest number looked for: a 19-digit card; the shortest: an 11-digit mobile number. */
    private static final int MAX_DIGITS = 19;
    private static final int MIN_DIGITS = 11;

    private final String s;
    private final Sink sink;
    private final long[] work;
    private long steps;

    /** Consecutive e-mail local-part characters just before the current position, and where they start. */
    private int localRun;
    /** The local part that ended just before the current run of spaces ({@code name [at] host}). */
    private int spacedLocalRun;
    private int spacedLocalStart;
    /** Where the e-mail domain looked at last ends: no character is looked at twice. */
    private int domainSeenUpTo;

    /** The digits of the current run; each group's start and end in them and in the text. */
    private final StringBuilder digits = new StringBuilder();
    /** The same digits as values, for the hot loop over windows. */
    private byte[] digitValues = new byte[64];
    /** Luhn's value of a digit at an even (0) or odd (1) position from the right. */
    private static final byte[][] LUHN = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 2, 4, 6, 8, 1, 3, 5, 7, 9}};
    private int[] groupStart = new int[8];
    private int[] groupEnd = new int[8];
    private int[] groupTextStart = new int[8];
    private int[] groupTextEnd = new int[8];
    /** Whether the gap before each group was exactly one dot (a dotted-quad address is not a phone number). */
    private boolean[] dotBefore = new boolean[8];
    /** Whether the gap before each group held list punctuation or a junction between values. */
    private boolean[] listBefore = new boolean[8];
    /** The one separator before each group, when the gap was exactly one character; else 0. */
    private char[] gapBefore = new char[8];
    /** Whether each group is the year, month or day of a date written {@code 2026-03-20}, {@code 2026/3/20} or {@code 2026.03.20}. */
    private boolean[] datePart = new boolean[8];
    private int gapChar;
    private int separatorsInGap;
    private boolean gapIsDot;
    private boolean gapIsList;
    private int groups;
    private boolean inRun;
    private boolean inGroup;
    /** A Latin letter touches the run's first digit. */
    private boolean glueBefore;
    private boolean trailingX;
    private int xEnd;
    private int previous = -1;
    /** The run of consecutive Chinese numerals being read: where it ends, and whether its numerals are digits. */
    private int chineseRunEnd = -1;
    private boolean chineseRunCounts;

    TextScan(String s, Sink sink, long[] work) {
        this.s = s;
        this.sink = sink;
        this.work = work;
    }

    void run() {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int end = i + Character.charCount(cp);
            steps++;
            int value = -1;
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                value = Character.digit(cp, 10);
            } else if (cp >= Numerals.FIRST && Numerals.chinese(cp) >= 0) {
                value = chineseDigitCounts(i, end) ? Numerals.chinese(cp) : -1;
            } else if (isLatinLetter(cp) && !isLatinLetter(previous)) {
                long word = Numerals.word(s, i);
                steps += 6;
                if (word >= 0) {
                    value = (int) (word >>> 32);
                    end = (int) word;
                }
            }
            if (value >= 0) {
                digit(value, i, end);
            } else if (inRun && (Digits.isSeparator(cp) || Digits.isListSeparator(cp))) {
                if (inGroup) {
                    separatorsInGap = 0;
                    gapIsList = false;
                }
                inGroup = false;
                separatorsInGap++;
                gapChar = cp;
                gapIsDot = cp == '.';
                gapIsList |= Digits.isListSeparator(cp);
            } else if (inRun && (cp == 'X' || cp == 'x')) {
                trailingX = true;
                xEnd = end;
                endRun(inGroup);
            } else if (inRun) {
                endRun(inGroup && isLatinLetter(cp));
            }
            emailBookkeeping(cp, i, end);
            previous = s.codePointBefore(end);
            i = end;
        }
        if (inRun) {
            endRun(false);
        }
        if (work != null) {
            work[0] += steps;
        }
    }

    /**
     * A Chinese numeral is a digit unless it stands alone as part of a word: one numeral (not two or
     * more in a row, and not next to a digit, as in 4401〇6…) touching a Han character that is not a
     * numeral, as in 统一, 第一, 三级, 二十. Decided once per run of numerals.
     */
    private static boolean isDigit(int cp) {
        return cp >= 0 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private boolean chineseDigitCounts(int at, int next) {
        if (at >= chineseRunEnd) {
            int end = next;
            int count = 1;
            while (end < s.length() && Numerals.chinese(s.codePointAt(end)) >= 0) {
                end += Character.charCount(s.codePointAt(end));
                count++;
                steps++;
            }
            int after = end < s.length() ? s.codePointAt(end) : -1;
            chineseRunEnd = end;
            chineseRunCounts = count > 1 || isDigit(previous) || isDigit(after)
                    || !(Numerals.isWordCharacter(previous) || Numerals.isWordCharacter(after));
        }
        return chineseRunCounts;
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
                listBefore = Arrays.copyOf(listBefore, groups * 2);
                gapBefore = Arrays.copyOf(gapBefore, groups * 2);
                datePart = Arrays.copyOf(datePart, groups * 2);
            }
            gapBefore[groups] = groups > 0 && separatorsInGap == 1 && gapChar < 0x10000 ? (char) gapChar : 0;
            datePart[groups] = false;
            dotBefore[groups] = groups > 0 && separatorsInGap == 1 && gapIsDot;
            listBefore[groups] = groups > 0 && gapIsList;
            groupStart[groups] = digits.length();
            groupTextStart[groups] = at;
            groups++;
            inGroup = true;
        }
        if (digits.length() == digitValues.length) {
            digitValues = Arrays.copyOf(digitValues, digitValues.length * 2);
        }
        digitValues[digits.length()] = (byte) value;
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
        markDates();
        tally();
        for (int j = 0; j < groups; j++) {
            int luhn = 0;
            int count = 0;
            for (int k = j; k >= 0 && count <= MAX_DIGITS; k--) {
                if (datePart[k]) {
                    break;  // every longer window holds this part of a date too
                }
                for (int p = groupEnd[k] - 1, stop = groupStart[k]; p >= stop && count <= MAX_DIGITS; p--) {
                    luhn += LUHN[count & 1][digitValues[p]];
                    count++;
                    steps++;
                }
                // Only these lengths, or a passing Luhn sum, can be anything: most windows stop here.
                boolean candidate = count == 11 || count == 13 || count == 17 || count == 18 || (count > 13 && luhn % 10 == 0);
                if (candidate && count <= MAX_DIGITS) {
                    boolean listed = listGaps[j] - listGaps[k] > 0;
                    boolean spelled = longGroups[j] - (k > 0 ? longGroups[k - 1] : 0) == 0;
                    boolean regular = k >= j - 1 || lengthChanges[j - 1] - lengthChanges[k + 1] == 0
                            && length(k) <= length(k + 1) && length(j) <= length(k + 1);
                    window(k, j, count, luhn, glueAfter, listed, spelled, regular);
                }
            }
        }
        inRun = false;
        inGroup = false;
        trailingX = false;
    }

    /** Running counts over the groups, so that each window's shape is read in constant time. */
    private int[] listGaps = new int[8];
    private int[] longGroups = new int[8];
    private int[] lengthChanges = new int[8];

    /**
     * For each group g: the list gaps before groups 1..g, the groups 0..g longer than one digit, and
     * the groups 1..g whose length differs from the one before.
     */
    private void tally() {
        if (listGaps.length < groups) {
            listGaps = new int[groupStart.length];
            longGroups = new int[groupStart.length];
            lengthChanges = new int[groupStart.length];
        }
        for (int g = 0; g < groups; g++) {
            listGaps[g] = g == 0 ? 0 : listGaps[g - 1] + (listBefore[g] ? 1 : 0);
            longGroups[g] = (g == 0 ? 0 : longGroups[g - 1]) + (length(g) > 1 ? 1 : 0);
            lengthChanges[g] = g == 0 ? 0 : lengthChanges[g - 1] + (length(g) != length(g - 1) ? 1 : 0);
            steps++;
        }
    }

    /**
     * Dates and decimal amounts are read as such: a year (1900–2100), a month and a day joined by the
     * same single {@code -}, {@code /} or {@code .}; digits, one dot and one or two digits that no other
     * dot touches ({@code 123456.78}, not {@code 139.876.543.21}). No window that holds part of one is
     * a candidate: a list of dates or amounts is not a card number. (Measured on generated lists
     * written with spaces: dates were refused 92% of the time, amounts 65%; src/bench/false-alarms.sh.)
     */
    private void markDates() {
        for (int g = 2; g < groups; g++) {
            char separator = gapBefore[g - 1];
            if ((separator == '-' || separator == '/' || separator == '.') && gapBefore[g] == separator
                    && groupEnd[g - 2] - groupStart[g - 2] == 4 && length(g - 1) <= 2 && length(g) <= 2) {
                int year = Digits.number(digits, groupStart[g - 2], 4);
                int month = Digits.number(digits, groupStart[g - 1], length(g - 1));
                int day = Digits.number(digits, groupStart[g], length(g));
                if (year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    datePart[g - 2] = true;
                    datePart[g - 1] = true;
                    datePart[g] = true;
                }
            }
            steps++;
        }
        for (int g = 1; g < groups; g++) {
            boolean decimal = gapBefore[g] == '.' && length(g) <= 2 && (g < 2 || gapBefore[g - 1] != '.')
                    && (g + 1 >= groups || gapBefore[g + 1] != '.');
            if (decimal) {
                datePart[g - 1] = true;
                datePart[g] = true;
            }
        }
    }

    private int length(int group) {
        return groupEnd[group] - groupStart[group];
    }

    /**
     * @param listed   the window crosses list punctuation or a junction between values
     * @param spelled  every group of the window is one digit: a number spelled out digit by digit
     * @param regular  the window is grouped as a number is written out: in two parts, or in groups
     *                 of one length with a first and a last group no longer (6222 0212 3456 7890 128,
     *                 139 8765 4321, 1 3 9 …). A list of numbers of mixed lengths is not: without this,
     *                 a third of generated lists of ports and counts written with spaces were refused.
     */
    private void window(int firstGroup, int lastGroup, int length, int luhn, boolean glueAfter, boolean listed, boolean spelled,
                        boolean regular) {
        int from = groupStart[firstGroup];
        int textFrom = groupTextStart[firstGroup];
        int textTo = groupTextEnd[lastGroup];
        boolean glued = (firstGroup == 0 && glueBefore) || (lastGroup == groups - 1 && glueAfter);
        boolean mobile = (length == 11 && mobileAt(from))
                || (length == 13 && digits.charAt(from) == '8' && digits.charAt(from + 1) == '6' && mobileAt(from + 2));
        if (mobile && !glued && !dottedQuad(firstGroup, lastGroup)
                && (listed ? spelled || writtenMobile(firstGroup, lastGroup) : regular)) {
            sink.found(PersonalDataKind.MOBILE_NUMBER, textFrom, textTo);
        }
        boolean residentId = false;
        if (length == 18) {
            steps += 18;
            residentId = Digits.checksumOk(digits, from) && Digits.birthDateOk(digits, from);
        } else if (length == 17 && lastGroup == groups - 1 && trailingX) {
            steps += 18;
            String withX = digits.substring(from, from + 17) + "X";
            residentId = Digits.checksumOk(withX, 0) && Digits.birthDateOk(withX, 0);
            textTo = xEnd;
        }
        if (residentId) {
            sink.found(PersonalDataKind.RESIDENT_ID, textFrom, textTo);
        } else if (length >= 13 && luhn % 10 == 0 && (listed ? spelled : regular)
                && (firstGroup == lastGroup ? !organisationCode(firstGroup) : spelled || issuerPrefix(from))) {
            sink.found(PersonalDataKind.BANK_CARD, textFrom, textTo);
        }
    }

    /**
     * A card number written in groups starts as cards do (ISO/IEC 7812-1 issuer identification
     * numbers): 3 (American Express, JCB, Diners), 4 (Visa), 5 (Mastercard), 6 (UnionPay's 62, and
     * 60, 65), 9 (domestic debit cards), or 2221–2720 (Mastercard). Lists of years (19xx, 20xx),
     * ports and counts written with spaces mostly do not: without this, one list of years in four
     * had a window that passed Luhn.
     */
    private boolean issuerPrefix(int from) {
        char first = digits.charAt(from);
        if (first == '3' || first == '4' || first == '5' || first == '6' || first == '9') {
            return true;
        }
        int four = Digits.number(digits, from, 4);
        return four >= 2221 && four <= 2720;
    }

    /** A mobile number in the grouping it is written in, 3-4-4: {@code 139、8765、4321}. */
    private boolean writtenMobile(int firstGroup, int lastGroup) {
        return lastGroup - firstGroup == 2 && groupEnd[firstGroup] - groupStart[firstGroup] == 3
                && groupEnd[firstGroup + 1] - groupStart[firstGroup + 1] == 4 && groupEnd[lastGroup] - groupStart[lastGroup] == 4;
    }

    /** Four groups of at most three digits, each at most 255, joined by single dots: an IPv4 address. */
    private boolean dottedQuad(int firstGroup, int lastGroup) {
        if (lastGroup - firstGroup != 3) {
            return false;
        }
        for (int g = firstGroup; g <= lastGroup; g++) {
            int length = groupEnd[g] - groupStart[g];
            if (length > 3 || Digits.number(digits, groupStart[g], length) > 255 || (g > firstGroup && !dotBefore[g])) {
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

    // ---- e-mail addresses ------------------------------------------------------------------------

    private void emailBookkeeping(int cp, int at, int end) {
        AtSign sign = cp == '@' || cp == '艾' || cp == 'a' || cp == 'A' || isOpening(cp) ? atSign(cp, at) : null;
        if (sign != null) {
            int local = localRun > 0 ? localRun : spacedLocalRun;
            int localStart = localRun > 0 ? at - localRun : spacedLocalStart;
            if (local > 0) {
                email(localStart, sign.end(), sign.bare());
            }
            localRun = 0;
            spacedLocalRun = 0;
        } else if (isLocalPartChar(cp)) {
            localRun += end - at;
            spacedLocalRun = 0;
        } else if (cp == ' ' || cp == '\u3000' || cp == Digits.JUNCTION) {
            if (localRun > 0) {
                spacedLocalRun = localRun;
                spacedLocalStart = at - localRun;
            }
            localRun = 0;
        } else {
            localRun = 0;
            spacedLocalRun = 0;
        }
    }

    /** An {@code @} as written: its end, and whether it is a bare {@code at} (which needs written-out dots to count). */
    private record AtSign(int end, boolean bare) {
    }

    /**
     * {@code @}; {@code at} or {@code @} in brackets of any kind ({@code [at]}, {@code (at)},
     * {@code 【at】}, {@code <at>}), spaces allowed inside; {@code 艾特}; a bare {@code at} between
     * spaces. Looks a few characters ahead.
     */
    private AtSign atSign(int cp, int at) {
        if (cp == '@') {
            return new AtSign(at + 1, false);
        }
        if (cp == '艾' && at + 1 < s.length() && s.charAt(at + 1) == '特') {
            return new AtSign(at + 2, false);
        }
        if ((cp == 'a' || cp == 'A') && isSpace(previous) && at + 2 < s.length() && (s.charAt(at + 1) == 't' || s.charAt(at + 1) == 'T')
                && isSpace(s.charAt(at + 2))) {
            return new AtSign(at + 2, true);
        }
        if (isOpening(cp)) {
            steps += 6;
            int j = skipSpaces(at + 1, 1);
            if (j < s.length() && s.charAt(j) == '@') {
                j++;
            } else if (j + 1 < s.length() && s.regionMatches(true, j, "at", 0, 2)) {
                j += 2;
            } else {
                return null;
            }
            j = skipSpaces(j, 1);
            if (j < s.length() && isClosing(s.charAt(j))) {
                return new AtSign(j + 1, false);
            }
        }
        return null;
    }

    /**
     * At an {@code @}: the local part is the run of local-part characters just read; the domain is
     * looked at ahead — labels joined by dots, at least one dot, and a label after one starting with
     * two letters. Domain characters never include an {@code @}, so the next {@code @} lies beyond this
     * domain and no character is looked at by two e-mail checks. The look-ahead does not move the
     * scan: digits after an {@code @} are still read as numbers.
     */
    private void email(int localStart, int from, boolean bare) {
        int i = skipSpaces(from, 2);
        if (i < domainSeenUpTo) {
            return;
        }
        int labelLength = 0;
        int dots = 0;
        int writtenDots = 0;
        int leadingLetters = 0;
        int validUpTo = -1;
        while (i < s.length() && i - from < MAX_DOMAIN) {
            char c = s.charAt(i);
            if (isDomainChar(c)) {
                steps++;
                if (isLatinLetter(c) && leadingLetters == labelLength) {
                    leadingLetters++;
                }
                labelLength++;
                i++;
                if (dots > 0 && leadingLetters >= 2 && (!bare || writtenDots > 0)) {
                    validUpTo = i;
                }
                continue;
            }
            if (labelLength == 0) {
                break;
            }
            int dot = dotAt(i);
            if (dot < 0) {
                break;
            }
            steps += Math.abs(dot) - i;
            dots++;
            if (s.charAt(i) != '.' && s.charAt(i) != '。') {
                writtenDots++;
            }
            labelLength = 0;
            leadingLetters = 0;
            i = dot;
        }
        domainSeenUpTo = Math.max(domainSeenUpTo, i);
        if (validUpTo > 0) {
            sink.found(PersonalDataKind.EMAIL_ADDRESS, localStart, validUpTo);
        }
    }

    /**
     * A dot of a domain at {@code i}, followed by a label: {@code .} or {@code 。}; or written out,
     * spaces allowed around — {@code 点}, {@code dot}, {@code [dot]}, {@code (.)}. Its end, or -1.
     */
    private int dotAt(int i) {
        char c = s.charAt(i);
        int j;
        if (c == '.' || c == '。') {
            j = i + 1;
        } else {
            j = skipSpaces(i, 2);
            if (j < s.length() && s.charAt(j) == '点') {
                j++;
            } else if (j + 3 <= s.length() && s.regionMatches(true, j, "dot", 0, 3) && (j + 3 == s.length() || !isLatinLetter(s.charAt(j + 3)))) {
                j += 3;
            } else if (j < s.length() && isOpening(s.charAt(j))) {
                int k = skipSpaces(j + 1, 1);
                if (k < s.length() && (s.charAt(k) == '.' || s.charAt(k) == '。' || s.charAt(k) == '点')) {
                    k++;
                } else if (k + 3 <= s.length() && s.regionMatches(true, k, "dot", 0, 3)) {
                    k += 3;
                } else {
                    return -1;
                }
                k = skipSpaces(k, 1);
                if (k >= s.length() || !isClosing(s.charAt(k))) {
                    return -1;
                }
                j = k + 1;
            } else {
                return -1;
            }
            j = skipSpaces(j, 2);
        }
        return j < s.length() && isDomainChar(s.charAt(j)) ? j : -1;
    }

    private int skipSpaces(int from, int max) {
        int j = from;
        while (j < s.length() && j - from < max && isSpace(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\u3000' || cp == '\u00A0';
    }

    private static boolean isOpening(int cp) {
        return cp == '[' || cp == '(' || cp == '{' || cp == '<' || cp == '【' || cp == '〔' || cp == '「' || cp == '『' || cp == '《' || cp == '〈';
    }

    private static boolean isClosing(int cp) {
        return cp == ']' || cp == ')' || cp == '}' || cp == '>' || cp == '】' || cp == '〕' || cp == '」' || cp == '』' || cp == '》' || cp == '〉';
    }

    private static boolean isLocalPartChar(int cp) {
        return isLatinLetter(cp) || (cp >= '0' && cp <= '9') || cp == '.' || cp == '_' || cp == '%' || cp == '+' || cp == '-';
    }

    private static boolean isDomainChar(int cp) {
        return isLatinLetter(cp) || (cp >= '0' && cp <= '9') || cp == '-';
    }
}
