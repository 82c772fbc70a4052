package cn.healthsec.reporting.routing;

import cn.healthsec.reporting.rules.Basis;

import java.time.Duration;

/** "Within this long after discovery", and the text (or policy) that says so. */
public record Clock(Duration within, Basis basis) {

    public static Clock hours(long hours, Basis basis) {
        return new Clock(Duration.ofHours(hours), basis);
    }

    public boolean stricterThan(Clock other) {
        return other == null || within.compareTo(other.within) < 0;
    }
}
