package cn.healthsec.reporting.privacy;

import cn.healthsec.reporting.support.PersonalData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7 item 2: personal data disguised the way the probe disguised it (746 read-backs returned
 * such values to authorities) is found after normalisation (NFKC, separators, invisible
 * characters), and the values a metadata report legitimately carries still pass. The table is
 * the contract of the detector: a row that fails here is personal data reaching a regulator, or a
 * hospital's report refused for nothing.
 */
class PersonalDataDisguisesTest {

    static final String ID = "11010519491231002X";
    static final String ID_DIGITS = PersonalData.RESIDENT_ID;
    static final String CARD = PersonalData.BANK_CARD;
    static final String MOBILE = "13987654321";

    /** Every way the probe hid a number, applied to a number. */
    static List<String> disguises(String number) {
        List<String> out = new ArrayList<>();
        out.add(number);
        out.add(fullwidth(number));
        out.add(spaced(number, " ", 4));
        out.add(spaced(number, " ", 1));
        out.add(spaced(number, "-", 4));
        out.add(spaced(number, ".", 3));
        out.add(spaced(number, "\u200B", 2));      // zero-width space
        out.add(spaced(number, "\u200D", 1));      // zero-width joiner
        out.add(spaced(number, "\u2060", 5));      // word joiner
        out.add(spaced(number, "\u00AD", 3));      // soft hyphen
        out.add(spaced(number, "\uFEFF", 6));      // BOM as a zero-width no-break space
        out.add(spaced(number, "\u3000", 4));      // ideographic space
        out.add(spaced(number, "\u00A0", 4));      // no-break space
        out.add(spaced(number, "\u2014", 4));      // em dash
        out.add(spaced(number, "/", 6));
        out.add(spaced(fullwidth(number), "\u200B", 3));
        out.add("患者" + number + "的记录");
        out.add("(" + number.substring(0, 3) + ")" + number.substring(3));
        out.add("[" + number.substring(0, 4) + "] " + number.substring(4));
        return out;
    }

    static Stream<Arguments> residentIds() {
        List<Arguments> rows = new ArrayList<>();
        for (String id : List.of(ID, ID_DIGITS)) {
            for (String d : disguises(id)) {
                rows.add(Arguments.of(d));
            }
            rows.add(Arguments.of("ID" + id));
            rows.add(Arguments.of("身份证号:" + id.toLowerCase()));
            rows.add(Arguments.of("sfz" + fullwidth(id) + "abc"));
        }
        return rows.stream();
    }

    static Stream<Arguments> cards() {
        List<Arguments> rows = new ArrayList<>();
        for (String d : disguises(CARD)) {
            rows.add(Arguments.of(d));
        }
        rows.add(Arguments.of("CARD" + CARD));
        rows.add(Arguments.of("卡号" + CARD + "X"));
        rows.add(Arguments.of("4111 1111 1111 1111"));
        rows.add(Arguments.of("4111-1111-1111-1111"));
        rows.add(Arguments.of("ＶＩＳＡ４１１１１１１１１１１１１１１１"));
        return rows.stream();
    }

    static Stream<Arguments> mobiles() {
        List<Arguments> rows = new ArrayList<>();
        for (String d : disguises(MOBILE)) {
            rows.add(Arguments.of(d));
        }
        rows.add(Arguments.of("139.8765.4321"));
        rows.add(Arguments.of("(139)87654321"));
        rows.add(Arguments.of("+86 139 8765 4321"));
        rows.add(Arguments.of("+86-13987654321"));
        rows.add(Arguments.of("8613987654321"));
        rows.add(Arguments.of("电话：１３９８７６５４３２１"));
        rows.add(Arguments.of("手机 139 8765 4321，座机 010-88886666"));
        return rows.stream();
    }

    static Stream<Arguments> emails() {
        return Stream.of("zhang.san@example.com.cn", "ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ", "zhang\u200B.san@exam\u200Dple.cn",
                "联系 zhang_san+it@hospital.example.org 即可", "a@b.cn").map(Arguments::of);
    }

    /** Every disguise of every kind, found as that kind. */
    static Stream<Arguments> disguised() {
        return Stream.of(
                residentIds().map(a -> Arguments.of(PersonalDataKind.RESIDENT_ID, a.get()[0])),
                cards().map(a -> Arguments.of(PersonalDataKind.BANK_CARD, a.get()[0])),
                mobiles().map(a -> Arguments.of(PersonalDataKind.MOBILE_NUMBER, a.get()[0])),
                emails().map(a -> Arguments.of(PersonalDataKind.EMAIL_ADDRESS, a.get()[0]))).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("disguised")
    void shouldFindDisguisedPersonalData(PersonalDataKind kind, String text) {
        assertTrue(PersonalDataDetector.detect(text).contains(kind), kind + ": " + printable(text));
    }

    /** Two numbers side by side are both found: joining them across a separator hides neither. */
    @ParameterizedTest
    @MethodSource("adjacent")
    void shouldFindNumbersWrittenSideBySide(String text, Set<PersonalDataKind> expected) {
        assertTrue(PersonalDataDetector.detect(text).containsAll(expected), printable(text));
    }

    static Stream<Arguments> adjacent() {
        return Stream.of(
                Arguments.of(ID_DIGITS + " " + MOBILE, Set.of(PersonalDataKind.RESIDENT_ID, PersonalDataKind.MOBILE_NUMBER)),
                Arguments.of(MOBILE + "-" + CARD, Set.of(PersonalDataKind.MOBILE_NUMBER, PersonalDataKind.BANK_CARD)),
                Arguments.of("2026 " + MOBILE + " 2027", Set.of(PersonalDataKind.MOBILE_NUMBER)));
    }

    /** What metadata reports legitimately carry: statistics, dates, codes, addresses of systems. */
    static Stream<Arguments> mustPass() {
        return Stream.of(
                "52000000 条记录", "共 1,234,567,890,123 字节", "4400000000000 bytes", "规模 2000000 人次",
                "2026-03-20", "2026年3月20日", "20260320", "2026.03.20 14:30", "2026-03-20T14:30:00+08:00",
                "USCC 91310110666007217T", "统一社会信用代码 12110105MB00000006", "备案证明 11010599001",
                "GB/T 39725-2020", "GB/T 22239-2019 第三级", "病历保存不少于30年", "版本 V2.3.1.20260320",
                "服务器 192.168.100.200", "地址 10.130.150.120 与 17.253.144.110", "端口 8080/8443",
                "座机 010-88886666", "(0755)8888 8888", "400-800-8888", "UUID 3f1c2a4e-8b7d-4c1e-9f2a-6d5e4c3b2a10",
                "直接经济损失 20000000.00 元", "99.99%", "ISO@27001 standard", "A13800138000B",
                "SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "1920x1080", "第 12800138000 号", "12800138000", "1380013800")
                .map(Arguments::of);
    }

    /** Issue 7's rows, and issue 26's everyday Chinese (dates, amounts in words, bed counts, codes in numerals, lists). */
    @ParameterizedTest
    @MethodSource({"mustPass", "cn.healthsec.reporting.privacy.PersonalDataEverydayChineseTest#lookAlikes"})
    void shouldLetOrdinaryMetadataPass(String text) {
        assertEquals(Set.of(), PersonalDataDetector.detect(text), text);
    }

    /**
     * Issue 7 item 1: the old regular expressions took quadratic time (a 40,000-letter name: 15.5 s).
     * The scan is counted, not timed: its steps grow linearly with the value, for the worst inputs
     * known to us — long letter runs, digit runs broken by separators, e-mail-like runs, '@' floods.
     */
    @ParameterizedTest
    @MethodSource("adversarial")
    void shouldScanInLinearSteps(String name, String unit) {
        long small = steps(unit.repeat(10_000 / unit.length()));
        long large = steps(unit.repeat(1_000_000 / unit.length()));
        assertTrue(large <= small * 100 * 1.05 + 1000, name + ": " + small + " steps for 10 KB, " + large + " for 1 MB");
        assertTrue(large <= 1_000_000L * 45, name + ": " + large + " steps for 1 MB, more than 45 a character");
    }

    static Stream<Arguments> adversarial() {
        return Stream.of(Arguments.of("letters", "a"), Arguments.of("digits", "7"), Arguments.of("spaced digits", "1 "),
                Arguments.of("dotted digit pairs", "12."), Arguments.of("local parts", "a.b_c"), Arguments.of("at signs", "@"),
                Arguments.of("e-mail-like", "a@b."), Arguments.of("fullwidth digits", "１"), Arguments.of("zero-width", "1\u200B"),
                Arguments.of("cjk", "数"), Arguments.of("x after digits", "1x"),
                // Issue 26: the new readings.
                Arguments.of("Chinese numerals", "四"), Arguments.of("numerals in words", "一级"),
                Arguments.of("enumerated digits", "1、"), Arguments.of("enumerated numerals", "四、"), Arguments.of("digit words", "one "),
                Arguments.of("word starts", "onex "), Arguments.of("HTML references", "&#49;"), Arguments.of("percent", "%31"),
                Arguments.of("percent UTF-8", "%E4%B8%80"), Arguments.of("broken percent", "%E4%E4"), Arguments.of("escapes", "\\u0031"),
                Arguments.of("bracketed at", "a[at]"), Arguments.of("spaced at", "a [at] b"), Arguments.of("艾特", "a艾特"),
                Arguments.of("written dots", "a@b dot "), Arguments.of("bracketed dots", "b[.]"), Arguments.of("struck digits", "1\u0336"),
                Arguments.of("dates", "2026-03-20 "), Arguments.of("amounts", "1234.56 "));
    }

    private static long steps(String text) {
        long[] work = new long[1];
        PersonalDataDetector.detect(text, work);
        return work[0];
    }

    private static String fullwidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'Ａ') : c);
        }
        return b.toString();
    }

    private static String spaced(String s, String separator, int every) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % every == 0) {
                b.append(separator);
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7E && c < 0xA0 || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return b.toString();
    }
}
