package cn.healthsec.reporting.privacy;

import cn.healthsec.reporting.support.PersonalData;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 26: personal data written as everyday Chinese writes numbers, and as the web disguises
 * them, is found — in a report that must carry metadata only (2026 Data Measures art. 6 ¶2: "不得
 * 包含数据内容本身"; Network Data Regulation art. 33 ¶2(2)). Each family of the probe is applied to
 * generated numbers that are valid by their check digits (GB 11643-1999 MOD 11-2 with a real birth
 * date, ISO/IEC 7812-1 Luhn) and a mobile prefix; beside them, the look-alikes a report carries
 * every day — dates, amounts in words, bed counts, GB/T 2260 codes in Chinese numerals, USCCs,
 * lists of years and ports, the legal texts themselves — must pass. The table is the detector's
 * contract: a row that fails is personal data reaching a regulator, or a hospital's report
 * refused for nothing.
 */
class PersonalDataEverydayChineseTest {

    /** Generated numbers per family and kind: enough to cover every digit in every position. */
    static final int SAMPLES = 12;

    static final String[] REGIONS = {"110105", "440106", "360102", "510104", "650102", "330106"};

    static String residentId(Random r) {
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(90 * 365));
        String first17 = REGIONS[r.nextInt(REGIONS.length)] + born.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        return PersonalData.residentId(first17);
    }

    static String card(Random r) {
        StringBuilder b = new StringBuilder("62");
        int length = r.nextBoolean() ? 16 : 19;
        while (b.length() < length - 1) {
            b.append(r.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (PersonalDataDetector.luhn(b.toString() + check)) {
                return b.toString() + check;
            }
        }
        throw new IllegalStateException();
    }

    static String mobile(Random r) {
        StringBuilder b = new StringBuilder("1").append(3 + r.nextInt(7));
        while (b.length() < 11) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    /** Each digit replaced by {@code table}'s character for it; an X check character kept. */
    static UnaryOperator<String> digitsAs(String table) {
        return n -> map(n, (i, d) -> String.valueOf(table.charAt(d)));
    }

    static UnaryOperator<String> digitsAs(String[] table, String separator) {
        return n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n.length(); i++) {
                if (i > 0) {
                    b.append(separator);
                }
                char c = n.charAt(i);
                b.append(c >= '0' && c <= '9' ? table[c - '0'] : String.valueOf(c));
            }
            return b.toString();
        };
    }

    public interface DigitWriter {
        String write(int index, int digit);
    }

    static String map(String number, DigitWriter writer) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            b.append(c >= '0' && c <= '9' ? writer.write(i, c - '0') : String.valueOf(c));
        }
        return b.toString();
    }

    static String between(String number, String separator) {
        return String.join(separator, number.split(""));
    }

    static String percentUtf8(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            b.append('%').append(HexFormat.of().withUpperCase().toHexDigits(x));
        }
        return b.toString();
    }

    static final String LOWER = "〇一二三四五六七八九";
    static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    /** The probe's families, by name: how each writes a number. */
    static Map<String, UnaryOperator<String>> families() {
        Map<String, UnaryOperator<String>> f = new java.util.LinkedHashMap<>();
        f.put("Chinese numerals, 〇 for zero", digitsAs(LOWER));
        f.put("Chinese numerals, 零 for zero", digitsAs("零一二三四五六七八九"));
        f.put("financial numerals", digitsAs("零壹贰叁肆伍陆柒捌玖"));
        f.put("traditional financial numerals", digitsAs("零壹貳參肆伍陸柒捌玖"));
        f.put("幺 for one, ○ for zero", digitsAs("○幺二三四五六七八九"));
        f.put("Suzhou numerals", digitsAs("〇〡〢〣〤〥〦〧〨〩"));
        f.put("Chinese and Arabic alternating", n -> map(n, (i, d) -> i % 2 == 0 ? String.valueOf(LOWER.charAt(d)) : String.valueOf(d)));
        f.put("〇 for each zero among Arabic digits", n -> n.replace('0', '〇'));
        f.put("Chinese numerals in a sentence", n -> "患者" + digitsAs(LOWER).apply(n) + "的记录");
        f.put("enumeration comma 、", n -> between(n, "、"));
        f.put("fullwidth comma ，", n -> between(n, "，"));
        f.put("comma and space", n -> between(n, ", "));
        f.put("fullwidth semicolon ；", n -> between(n, "；"));
        f.put("ideographic full stop 。", n -> between(n, "。"));
        f.put("middle dot ·", n -> between(n, "·"));
        f.put("katakana middle dot ・", n -> between(n, "・"));
        f.put("Chinese numerals with 、", n -> between(digitsAs(LOWER).apply(n), "、"));
        f.put("HTML decimal references", n -> map(n, (i, d) -> "&#" + (48 + d) + ";"));
        f.put("HTML hexadecimal references", n -> map(n, (i, d) -> "&#x" + Integer.toHexString(48 + d) + ";"));
        f.put("HTML references without semicolons", n -> map(n, (i, d) -> "&#" + (48 + d)));
        f.put("HTML named references as separators", n -> between(n, "&nbsp;"));
        f.put("HTML references encoded twice", n -> map(n, (i, d) -> "&amp;#" + (48 + d) + ";"));
        f.put("HTML references of fullwidth digits", n -> map(n, (i, d) -> "&#" + (0xFF10 + d) + ";"));
        f.put("percent-encoding", n -> map(n, (i, d) -> "%3" + d));
        f.put("percent-encoding twice", n -> map(n, (i, d) -> "%253" + d));
        f.put("percent-encoded UTF-8 of Chinese numerals", n -> percentUtf8(digitsAs(LOWER).apply(n)));
        f.put("percent-encoded fullwidth digits", n -> map(n, (i, d) -> percentUtf8(String.valueOf((char) (0xFF10 + d)))));
        f.put("JavaScript escapes", n -> map(n, (i, d) -> "\\u003" + d));
        f.put("English digit words", digitsAs(WORDS, " "));
        f.put("English digit words, capitalised and hyphenated", n -> digitsAs(new String[] {"Zero", "One", "Two", "Three", "Four",
                "Five", "Six", "Seven", "Eight", "Nine"}, "-").apply(n));
        f.put("English digit words in capitals with commas", n -> digitsAs(new String[] {"ZERO", "ONE", "TWO", "THREE", "FOUR",
                "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"}, ", ").apply(n));
        f.put("digits struck through (U+0336)", n -> map(n, (i, d) -> d + "\u0336"));
        f.put("digits underlined (U+0332)", n -> map(n, (i, d) -> d + "\u0332"));
        f.put("digits with an acute accent (U+0301)", n -> map(n, (i, d) -> d + "\u0301"));
        f.put("keycap digits", n -> map(n, (i, d) -> d + "\uFE0F\u20E3"));
        return f;
    }

    static Stream<Arguments> disguisedNumbers() {
        Random r = new Random(26);
        List<Arguments> rows = new ArrayList<>();
        for (Map.Entry<String, UnaryOperator<String>> family : families().entrySet()) {
            for (int i = 0; i < SAMPLES; i++) {
                rows.add(Arguments.of(family.getKey(), PersonalDataKind.RESIDENT_ID, family.getValue().apply(residentId(r))));
                rows.add(Arguments.of(family.getKey(), PersonalDataKind.BANK_CARD, family.getValue().apply(card(r))));
                rows.add(Arguments.of(family.getKey(), PersonalDataKind.MOBILE_NUMBER, family.getValue().apply(mobile(r))));
            }
            rows.add(Arguments.of(family.getKey() + " (X check character)", PersonalDataKind.RESIDENT_ID,
                    family.getValue().apply("11010519491231002X")));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("disguisedNumbers")
    void shouldFindNumbersWrittenOutOrEncoded(String family, PersonalDataKind kind, String text) {
        assertTrue(PersonalDataDetector.detect(text).contains(kind), family + ", " + kind + ": " + PersonalDataDisguisesTest.printable(text));
    }

    static Stream<Arguments> disguisedEmails() {
        return Stream.of("zhangsan[at]hospital.cn", "zhangsan [at] hospital.cn", "zhangsan(at)hospital dot cn",
                "zhangsan (at) hospital (dot) cn", "zhangsan 艾特 hospital.cn", "zhangsan艾特163点com", "zhangsan@hospital。cn",
                "zhang。san＠hospital。com。cn", "zhangsan【at】hospital【dot】org", "zhangsan{at}hospital[.]cn", "zhangsan<at>hospital.cn",
                "zhangsan&commat;hospital&period;cn", "zhangsan&#64;hospital.cn", "zhangsan%40hospital.cn", "zhangsan at hospital dot cn",
                "ZHANGSAN [AT] HOSPITAL [DOT] CN", "联系人 li.si (at) example 点 com 即可", "zhangsan @ hospital.cn",
                "zhangsan\\u0040hospital.cn", "zhangsan&amp;#64;hospital.cn").map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("disguisedEmails")
    void shouldFindEmailAddressesWithTheirSignsWrittenOut(String text) {
        assertTrue(PersonalDataDetector.detect(text).contains(PersonalDataKind.EMAIL_ADDRESS), text);
    }

    /**
     * What reports carry every day, written the way Chinese writes numbers: none of it is personal data.
     * Checked with issue 7's must-pass rows by {@code PersonalDataDisguisesTest.shouldLetOrdinaryMetadataPass}.
     */
    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                // dates
                "二〇二六年三月二十日", "二○二六年十二月七日", "2026年3月20日至2026年12月31日", "自二〇二五年一月一日起施行",
                "2021、2022、2023、2024、2025年度自查", "2021，2022，2023，2024，2025", "2026-03-20；2026-06-30；2026-12-31",
                "1、2、3、4、5、6、7、8、9、10、11、12月", "每年1月、4月、7月、10月",
                "检查日期 2026-03-20 2026-06-30 2026-09-30 2026-12-31", "2019/7/28 2020/3/5 2021/11/30 2022/1/1",
                "2026.03.20 2026.06.30 2026.09.30", "2021 2022 2023 2024 2025 2026",
                "金额 123456.78 9876.54 55.10 100000.00 4321.5", "预算 6222.50 1234.56 7890.12 3456.78 万元",
                // amounts in words and figures
                "人民币壹拾贰万叁仟肆佰伍拾陆元整", "壹佰叁拾捌万零壹佰叁拾捌元", "一千三百八十万元", "共计一亿三千八百万条记录",
                "直接经济损失 1,380,013,800.00 元", "共 1,234,567,890,123 字节", "13,987,654,321 条", "9,876,543,210,987,654 字节",
                // bed counts and staffing
                "床位一二〇〇张", "编制床位一千二百张", "开放床位 1,380 张，职工 2,600 人", "各科室床位 45、36、28、50、42、38、30、26 张",
                // GB/T 2260 codes written in Chinese numerals, and in figures
                "四四〇一〇六", "区划代码四四〇一〇六、四四〇一〇七、四四〇一一一", "行政区划 三六〇一〇二，三六〇一〇三，三六〇一〇四，三六〇一一一",
                "440106、440107、440111、440112、440113", "覆盖 360102、360103、360104 三个区",
                // USCCs and other codes
                "统一社会信用代码 91310110666007217T", "统一社会信用代码：12110105MB00000006", "机构 123600004910015466、12360100491001548H",
                "备案证明编号 11010599001", "GB/T 22239—2019 第三级", "等保三级，二级系统十二个",
                // lists an information department writes
                "端口 80、443、8080、8443、3306、1521、6379、9200", "开放端口：22，80，443，3389，5432，8080，8443",
                "版本 V2.3.1；V2.3.2；V3.0.0", "IP 10.1.2.3、10.1.2.4、192.168.100.200",
                "第一、二、三、四、五、六、七、八、九、十章", "一、总则 二、组织 三、制度 四、技术 五、运维 六、应急",
                "十一 十二 十三 十四 十五", "三三两两", "一一对应", "第十一条、第十二条、第十三条",
                // web text that decodes to nothing personal
                "完成率 99.99%，增长 20%以上", "https://his.example.cn/report?a=1%2C2%2C3&b=%E4%B8%AD%E6%96%87", "A&amp;B 公司",
                "&copy; 2026 某医院", "C:\\x64\\bin", "路径 \\u4e2d\\u6587",
                // English prose with digit words
                "one of the two systems has three nodes and four backups", "zero trust architecture, one-time passwords",
                "Section one, item two", "deployed at hospital.example.cn", "meet at 3 dot 5",
                // e-mail-like text that is not an address
                "ISO@27001 standard", "统一[at]管理", "at least 艾特 mentions", "见附件【at】", "@某科室 请处理")
                .map(Arguments::of);
    }

    /** The legal texts themselves — article numbers, dates and enumerations in Chinese, English prose — carry no personal data. */
    @Test
    void shouldFindNothingInTheLegalTexts() throws IOException {
        int lines = 0;
        for (String name : List.of("2022-measures.zh.txt", "internet-health-standard.zh.txt", "2026-data-measures.en.txt")) {
            String text = resource("privacy/legal-texts/" + name);
            assertEquals(Set.of(), PersonalDataDetector.detect(text), name + " as one value");
            for (String line : text.split("\n")) {
                assertEquals(Set.of(), PersonalDataDetector.detect(line), name + ": " + line);
                lines++;
            }
            // Sentence by sentence, as values of one array: read across the junctions.
            List<String> sentences = List.of(text.split("[。.\n]"));
            assertEquals(List.of(), PersonalDataDetector.detectAcross(sentences), name + " as an array of sentences");
        }
        assertTrue(lines > 300, "lines read: " + lines);
    }

    // ---- split across values ---------------------------------------------------------------------

    final MetadataOnlyScanner scanner = new MetadataOnlyScanner(Pattern.compile("/contact/(phone|email)"));

    List<MetadataOnlyScanner.Found> scan(Object body) {
        return scanner.scan(new ObjectMapper().valueToTree(body));
    }

    static MetadataOnlyScanner.Found found(String field, PersonalDataKind kind) {
        return new MetadataOnlyScanner.Found(field, kind);
    }

    @Test
    void shouldFindANumberSplitBetweenTwoFieldsOfAnObjectAtTheObject() {
        String id = residentId(new Random(1));
        assertEquals(List.of(found("/system", PersonalDataKind.RESIDENT_ID)),
                scan(Map.of("system", orderedMap("name", "HIS 患者 " + id.substring(0, 9), "purpose", id.substring(9) + " 已登记"))));
        assertEquals(List.of(found("/system", PersonalDataKind.RESIDENT_ID)),
                scan(Map.of("system", orderedMap("name", id.substring(0, 17), "purpose", "X".equals(id.substring(17)) ? "X" : id.substring(17)))));
        assertEquals(List.of(found("", PersonalDataKind.EMAIL_ADDRESS)), scan(orderedMap("a", "联系 zhangsan", "b", "@hospital.cn")));
        assertEquals(List.of(found("/system", PersonalDataKind.RESIDENT_ID)),
                scan(Map.of("system", orderedMap("name", digitsAs(LOWER).apply(id.substring(0, 6)), "purpose", id.substring(6)))),
                "Chinese numerals in one field, digits in the next");
    }

    @Test
    void shouldFindANumberSplitAcrossArrayItemsAtTheArray() {
        Random r = new Random(2);
        String id = residentId(r);
        String card = card(r);
        String mobile = mobile(r);
        assertEquals(List.of(found("/parts", PersonalDataKind.RESIDENT_ID)),
                scan(Map.of("parts", List.of(id.substring(0, 6), id.substring(6, 14), id.substring(14)))));
        assertEquals(List.of(found("/parts", PersonalDataKind.BANK_CARD)), scan(Map.of("parts", List.of(card.split("")))));
        assertEquals(List.of(found("/parts", PersonalDataKind.MOBILE_NUMBER)), scan(Map.of("parts", List.of(mobile.split("")))));
        assertEquals(List.of(found("/parts", PersonalDataKind.MOBILE_NUMBER)),
                scan(Map.of("parts", List.of(mobile.substring(0, 3), mobile.substring(3, 7), mobile.substring(7)))), "written 3-4-4");
        assertEquals(List.of(found("/parts/1", PersonalDataKind.MOBILE_NUMBER)), scan(Map.of("parts", List.of("加密", "电话 " + mobile))),
                "within one item, reported at the item");
    }

    @Test
    void shouldNotJoinValuesThatAreNotAdjacent() {
        String id = residentId(new Random(3));
        assertEquals(List.of(), scan(orderedMap("a", id.substring(0, 9), "n", 5, "b", id.substring(9))), "a number between them");
        assertEquals(List.of(), scan(orderedMap("a", id.substring(0, 9), "o", Map.of("x", "y"), "b", id.substring(9))), "an object between them");
        assertEquals(List.of(), scan(orderedMap("a", Map.of("x", id.substring(0, 9)), "b", Map.of("x", id.substring(9)))), "different objects");
    }

    @Test
    void shouldLetAdjacentEverydayValuesPass() {
        assertEquals(List.of(), scan(Map.of("years", List.of("2021", "2022", "2023", "2024", "2025", "2026"))));
        assertEquals(List.of(), scan(Map.of("ports", List.of("80", "443", "8080", "8443", "3306", "1521", "6379", "9200", "4433"))));
        assertEquals(List.of(), scan(Map.of("divisions", List.of("440106", "440107", "440111", "440112", "440113", "440114"))));
        assertEquals(List.of(), scan(Map.of("counts", List.of("45", "36", "28", "50", "42", "38", "30", "26"))));
        assertEquals(List.of(), scan(Map.of("dates", List.of("2026-03-20", "2026-06-30", "2026-09-30", "2026-12-31"))));
        assertEquals(List.of(), scan(orderedMap("certificate", "11010599001", "filedOn", "2026-03-20", "level", "3", "systems", "12")));
        assertEquals(List.of(), scan(orderedMap("uscc", "91310110666007217T", "division", "310110", "beds", "1200")));
        assertEquals(List.of(), scan(Map.of("contact", orderedMap("phone", "13800138000", "email", "a@b.cn"))),
                "a contact's phone and e-mail side by side are each expected there");
    }

    @Test
    void shouldReadAdjacentValuesInLinearSteps() {
        List<String> small = new ArrayList<>(java.util.Collections.nCopies(1_000, "1"));
        List<String> large = new ArrayList<>(java.util.Collections.nCopies(100_000, "1"));
        long[] s = new long[1];
        long[] l = new long[1];
        PersonalDataDetector.detectAcross(small, s);
        PersonalDataDetector.detectAcross(large, l);
        assertTrue(l[0] <= s[0] * 100 * 1.05 + 1000, s[0] + " steps for 1,000 items, " + l[0] + " for 100,000");
    }

    private static Map<String, Object> orderedMap(Object... keysAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PersonalDataEverydayChineseTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
