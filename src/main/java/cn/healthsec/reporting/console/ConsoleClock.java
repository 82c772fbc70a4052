package cn.healthsec.reporting.console;

import cn.healthsec.reporting.routing.Delivered;
import cn.healthsec.reporting.rules.LegalTime;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A route's hour clock as an officer reads it: when the report was due to reach this commission
 * and by how much it arrived ahead or late (the route's {@link Delivered#clockState()}), in the
 * legal time of China.
 */
public record ConsoleClock(OffsetDateTime dueAt, String state, String text) {

    /** The clock of one delivery, or null when its route has none. */
    static ConsoleClock of(Delivered d, ConsoleText t) {
        if (d == null || d.dueAt() == null) {
            return null;
        }
        String state = d.clockState();
        Duration gap = Duration.between(d.deliveredAt(), d.dueAt()).abs();
        return new ConsoleClock(LegalTime.local(d.dueAt()), state, t.with("clock." + state, span(gap, t)));
    }

    /** A duration to the minute, largest units first: "1 天 2 小时" / "1 d 2 h", "35 分钟" / "35 min". */
    static String span(Duration d, ConsoleText t) {
        long minutes = d.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        StringBuilder b = new StringBuilder();
        if (days > 0) {
            b.append(t.with("span.days", days));
        }
        if (hours > 0) {
            b.append(b.isEmpty() ? "" : " ").append(t.with("span.hours", hours));
        }
        if (rest > 0 && days == 0 || b.isEmpty()) {
            b.append(b.isEmpty() ? "" : " ").append(t.with("span.minutes", rest));
        }
        return b.toString();
    }
}
