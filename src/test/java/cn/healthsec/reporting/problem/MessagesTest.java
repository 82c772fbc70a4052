package cn.healthsec.reporting.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message exists in Chinese and English, and every code the code emits has one. */
class MessagesTest {

    static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream("i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void shouldHaveTheSameKeysInBothLanguages() throws IOException {
        assertEquals(keys("messages_en.properties"), keys("messages_zh.properties"));
    }

    @Test
    void shouldHaveAMessageForEveryCodeTheSourcesUse() throws IOException {
        Set<String> keys = keys("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        Pattern finding = Pattern.compile("Finding\\.of\\(\\s*(?:[A-Za-z]+ \\? )?\"([A-Z0-9_]+)\"(?:\\s*:\\s*\"([A-Z0-9_]+)\")?");
        Pattern field = Pattern.compile("FieldError\\.of\\([^,]+,\\s*\"([a-z_]+)\"");
        Pattern detail = Pattern.compile("(?:forbidden|unprocessable|conflict)\\(\"([a-z-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                collect(finding, src, "finding.", keys, missing);
                collect(field, src, "field.", keys, missing);
                Matcher m = detail.matcher(src);
                while (m.find()) {
                    String key = (m.group(0).startsWith("forbidden") ? "problem.detail.forbidden." : "problem.detail.") + m.group(1);
                    if (!keys.contains(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** Every reason an inbox entry can carry has its text (and so is in the contract's RouteReason enum). */
    @Test
    void shouldHaveATextForEveryRouteReason() throws IOException {
        Set<String> keys = keys("messages_en.properties");
        Set<String> reasons = new TreeSet<>();
        cn.healthsec.reporting.routing.RoutingTable.RULES.forEach(r -> reasons.add(r.reason()));
        reasons.addAll(Set.of(cn.healthsec.reporting.routing.Deliveries.EARLIER_VERSION_RECIPIENT,
                cn.healthsec.reporting.routing.Deliveries.RETRACTED, "OBLIGATION_OVERDUE"));
        Set<String> missing = new TreeSet<>();
        reasons.forEach(r -> {
            if (!keys.contains("route." + r)) {
                missing.add("route." + r);
            }
        });
        assertEquals(Set.of(), missing);
    }

    private static void collect(Pattern p, String src, String prefix, Set<String> keys, Set<String> missing) {
        Matcher m = p.matcher(src);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && !keys.contains(prefix + m.group(g))) {
                    missing.add(prefix + m.group(g));
                }
            }
        }
    }

    @Test
    void shouldChooseChineseUnlessEnglishIsPreferred() {
        assertEquals(Messages.CHINESE, Messages.choose((String) null));
        assertEquals(Messages.CHINESE, Messages.choose("fr"));
        assertEquals(Messages.ENGLISH, Messages.choose("en-GB,zh;q=0.8"));
        assertEquals(Messages.CHINESE, Messages.choose("zh-TW, en;q=0.5"));
        assertEquals(Messages.ENGLISH, Messages.choose("fr, en;q=0.9, zh;q=0.1"), "by weight, not by order");
    }

    /** Issue 7 item 8: a malformed header (which answered 500 and logged the header) falls back to Chinese. */
    @Test
    void shouldFallBackToChineseOnAMalformedAcceptLanguage() {
        for (String header : new String[] {"en;q=2", "xx;q=abc", ";;;", "en;q=", "*", "en-" + "x".repeat(300)}) {
            assertEquals(Messages.CHINESE, Messages.choose(header), header);
        }
        assertTrue(Messages.text(Messages.ENGLISH, "field.too_large", Map.of("max", 5)).contains("5"));
    }
}
