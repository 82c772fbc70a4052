package cn.healthsec.reporting.console;

import cn.healthsec.reporting.routing.Delivered;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A route's clock in an officer's words: how early or late a report reached this commission, to the minute, largest units first. */
class ConsoleClockTest {

    static final ConsoleText ZH = ConsoleText.forLanguage("zh");
    static final ConsoleText EN = ConsoleText.forLanguage("en");
    static final Instant DUE = Instant.parse("2026-12-08T02:00:00Z");

    static Delivered delivered(Instant at, Instant due) {
        return new Delivered(1, UUID.randomUUID(), "HC-510104", "SUPERVISOR", "basis", "rule", at, due, "clock", null, "SUBMISSION",
                null, null, null);
    }

    @Test
    void shouldSayHowEarlyOrLateAReportCame() {
        ConsoleClock early = ConsoleClock.of(delivered(DUE.minus(Duration.ofMinutes(35)), DUE), ZH);
        assertEquals("MET", early.state());
        assertEquals("按时，提前 35 分钟", early.text());
        assertEquals("2026-12-08T10:00+08:00", early.dueAt().toString(), "in the legal time of China");
        ConsoleClock late = ConsoleClock.of(delivered(DUE.plus(Duration.ofHours(26).plusMinutes(5)), DUE), EN);
        assertEquals("LATE", late.state());
        assertEquals("1 d 2 h late", late.text(), "days and hours; the minutes dropped once a day has passed");
        assertEquals("on time, 0 min ahead", ConsoleClock.of(delivered(DUE, DUE), EN).text(), "exactly on the due instant is on time");
        assertNull(ConsoleClock.of(delivered(DUE, null), ZH), "a route without a clock shows none");
        assertNull(ConsoleClock.of(null, ZH));
    }

    @Test
    void shouldSpellDurationsLargestUnitFirst() {
        assertEquals("3 h 20 min", ConsoleClock.span(Duration.ofMinutes(200), EN));
        assertEquals("2 天", ConsoleClock.span(Duration.ofDays(2), ZH));
        assertEquals("2 天 1 小时", ConsoleClock.span(Duration.ofDays(2).plusHours(1).plusMinutes(59), ZH));
        assertEquals("0 min", ConsoleClock.span(Duration.ofSeconds(30), EN));
    }
}
