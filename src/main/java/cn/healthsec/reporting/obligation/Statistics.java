package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.obligation.api.JurisdictionStatistics;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.QueryParameters;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.SubmissionType;
import cn.healthsec.reporting.web.Csv;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

/** What the API's statistics and the console's share: the period a request asks for, and the CSV of the numbers. */
public final class Statistics {

    /** The longest period statistics cover in one request: bounded work per request. */
    static final int MAX_PERIOD_DAYS = 3660;

    private Statistics() {
    }

    /** {@code from} and {@code to} (legal days, both included): by default this year up to today; at most {@value #MAX_PERIOD_DAYS} days. */
    public static LocalDate[] period(String fromText, String toText) {
        QueryParameters q = QueryParameters.read();
        LocalDate today = LegalTime.dateOf(LegalTime.now());
        LocalDate from = q.date("from", fromText);
        LocalDate to = q.date("to", toText);
        from = from == null ? LocalDate.of((to == null ? today : to).getYear(), 1, 1) : from;
        to = to == null ? today : to;
        if (from.isAfter(to)) {
            q.error(FieldError.of("from", "after_to"));
        } else if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            q.error(FieldError.of("to", "period_too_long"));
        }
        q.check();
        return new LocalDate[] {from, to};
    }

    /** The statistics as UTF-8 CSV with a BOM, as a download: the jurisdiction's row first, then one per unit. */
    public static Response csv(JurisdictionStatistics s) {
        StringBuilder csv = new StringBuilder().append(Csv.BOM).append("unit,division_code,division_name,authority_id,institutions,"
                + "obligations_due,met_on_time,met_late,overdue,pending,on_time_rate");
        for (SubmissionType type : SubmissionType.values()) {
            csv.append(',').append("submissions_").append(type.name().toLowerCase(java.util.Locale.ROOT));
        }
        csv.append(",inbox_unacknowledged,inbox_oldest_unacknowledged_at,inbox_waiting_under_1d,inbox_waiting_1d_3d,inbox_waiting_3d_7d,"
                + "inbox_waiting_7d_30d,inbox_waiting_over_30d").append(Csv.ROW_END);
        row(csv, "JURISDICTION", s.jurisdiction());
        s.units().forEach(u -> row(csv, "UNIT", u));
        return Response.ok(csv.toString(), Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"statistics-" + s.authorityId() + "-" + s.from() + "-" + s.to() + ".csv\"")
                .build();
    }

    private static void row(StringBuilder csv, String unit, JurisdictionStatistics.Unit u) {
        JurisdictionStatistics.Obligations o = u.obligations();
        csv.append(String.join(",", unit, Csv.text(u.divisionCode()), Csv.text(u.divisionName()), Csv.text(u.authorityId()),
                Csv.plain(u.institutions()), Csv.plain(o.due()), Csv.plain(o.metOnTime()), Csv.plain(o.metLate()), Csv.plain(o.overdue()),
                Csv.plain(o.pending()), Csv.plain(o.onTimeRate() == null ? null : o.onTimeRate().toPlainString())));
        for (SubmissionType type : SubmissionType.values()) {
            csv.append(',').append(u.submissions().getOrDefault(type.name(), 0L));
        }
        JurisdictionStatistics.Ages a = u.inbox().byAge();
        csv.append(',').append(u.inbox().unacknowledged()).append(',').append(Csv.plain(u.inbox().oldestUnacknowledgedAt()));
        for (long n : new long[] {a.underOneDay(), a.oneToThreeDays(), a.threeToSevenDays(), a.sevenToThirtyDays(), a.overThirtyDays()}) {
            csv.append(',').append(n);
        }
        csv.append(Csv.ROW_END);
    }
}
