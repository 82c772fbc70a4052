package cn.healthsec.reporting.obligation.api;

import java.util.List;

/**
 * One institution of a commission's jurisdiction and where it stands: {@code OVERDUE} when an
 * obligation is past due unmet; {@code LATE} when none is, but one due in the past 12 months was met
 * late; {@code OK} otherwise. {@code open}: every obligation not yet met, most urgent first.
 */
public record InstitutionCompliance(String uscc, String name, String divisionCode, String supervisingAuthorityId, String compliance,
                                    long overdue, long lateInPast12Months, List<ObligationView> open) {
}
