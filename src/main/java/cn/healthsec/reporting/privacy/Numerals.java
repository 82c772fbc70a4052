package cn.healthsec.reporting.privacy;

/**
 * Digits written as something else than a decimal digit, as people write a number out:
 * <ul>
 *   <li>Chinese numerals read digit by digit — 〇/零 一 二 三 四 五 六 七 八 九, the financial forms
 *       (大写) 零 壹 贰/貳 叁/參/叄 肆 伍 陆/陸 柒 捌 玖, 幺 for one as it is said in phone numbers,
 *       ○ and ◯ (typed for 〇 in dates), and the Suzhou numerals 〡–〩. Positional words (十 拾 百 佰 千
 *       仟 万 萬 亿) are not digits: an amount written in words is not a digit string;</li>
 *   <li>English digit words, whole words in any case: zero, one … nine.</li>
 * </ul>
 * Decimal digits of every script (Arabic-Indic, Devanagari, fullwidth after NFKC…) are read by
 * {@link Character#digit} and need no table.
 */
final class Numerals {

    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    private Numerals() {
    }

    /** No code point below this one is a numeral of {@link #chinese}'s table (○, U+25CB). */
    static final int FIRST = 0x25CB;

    /** The digit a Chinese numeral stands for, or -1. */
    static int chinese(int cp) {
        return switch (cp) {
            case '〇', '零', '○', '◯' -> 0;
            case '一', '壹', '幺', '〡' -> 1;
            case '二', '贰', '貳', '〢' -> 2;
            case '三', '叁', '參', '叄', '〣' -> 3;
            case '四', '肆', '〤' -> 4;
            case '五', '伍', '〥' -> 5;
            case '六', '陆', '陸', '〦' -> 6;
            case '七', '柒', '〧' -> 7;
            case '八', '捌', '〨' -> 8;
            case '九', '玖', '〩' -> 9;
            default -> -1;
        };
    }

    /** A Han character that is not a numeral: the rest of a word such as 统一, 第一, 一般, 三级. */
    static boolean isWordCharacter(int cp) {
        return cp >= 0 && chinese(cp) < 0 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * The English digit word that starts at {@code at} (a word start): the digit in the high 32 bits
     * and the word's end in the low ones; -1 when the letters there are not exactly a digit word.
     * Looks at most six characters ahead.
     */
    static long word(String s, int at) {
        int end = at;
        while (end < s.length() && end - at <= 5 && isLatinLetter(s.charAt(end))) {
            end++;
        }
        if (end - at < 3 || end - at > 5 || (end < s.length() && isLatinLetter(s.charAt(end)))) {
            return -1;
        }
        for (int d = 0; d < WORDS.length; d++) {
            if (WORDS[d].length() == end - at && s.regionMatches(true, at, WORDS[d], 0, end - at)) {
                return ((long) d << 32) | end;
            }
        }
        return -1;
    }

    static boolean isLatinLetter(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }
}
