package cn.healthsec.reporting.rules;

/** Chinese numerals as article numbers are written: 六, 十二, 二十, 一百零三. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static String of(int n) {
        if (n < 1 || n > 999) {
            throw new IllegalArgumentException("article numbers run from 1 to 999: " + n);
        }
        StringBuilder out = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        if (hundreds > 0) {
            out.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && units > 0) {
                out.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                out.append(DIGITS.charAt(tens));
            }
            out.append('十');
        }
        if (units > 0) {
            out.append(DIGITS.charAt(units));
        }
        return out.toString();
    }
}
