package cn.healthsec.reporting.obligation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a commission sees of its jurisdiction over a period: the whole, and each unit one level
 * down (a province's prefectures, a prefecture's counties). See the contract for every count and rate.
 */
public record JurisdictionStatistics(String authorityId, LocalDate from, LocalDate to, OffsetDateTime asOf, Unit jurisdiction,
                                     List<Unit> units, List<Month> byMonth) {

    /** The jurisdiction's submissions received in one legal month of the period ({@code yyyy-MM}), by type; every month of the period is present. */
    public record Month(String month, Map<String, Long> submissions) {
    }

    /** One division and its commission: institutions registered there, their obligations and submissions, the commission's inbox. */
    public record Unit(String divisionCode, String divisionName, String authorityId, long institutions, Obligations obligations,
                       Map<String, Long> submissions, Inbox inbox) {
    }

    /**
     * Obligations whose due date falls in the period and that have fallen due (met, or past due):
     * {@code due = metOnTime + metLate + overdue}; {@code pending} are due in the period but not yet.
     * {@code onTimeRate = metOnTime / due}, null when nothing fell due.
     */
    public record Obligations(long due, long metOnTime, long metLate, long overdue, long pending, BigDecimal onTimeRate) {
    }

    /** The commission's inbox now: entries not yet acknowledged, and when the oldest of them arrived. */
    public record Inbox(long unacknowledged, OffsetDateTime oldestUnacknowledgedAt, Long oldestUnacknowledgedAgeSeconds, Ages byAge) {
    }

    /** The unacknowledged entries by how long they have waited: under 24 h, 24–72 h, 72 h–7 days, 7–30 days, longer. */
    public record Ages(long underOneDay, long oneToThreeDays, long threeToSevenDays, long sevenToThirtyDays, long overThirtyDays) {
    }
}
