package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.calendar.WorkingDayCalendar;
import cn.healthsec.reporting.catalogue.CatalogueOnRecord;
import cn.healthsec.reporting.incident.IncidentOnRecord;
import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.mlps.FilingOnRecord;
import cn.healthsec.reporting.rectification.NoticeOnRecord;
import cn.healthsec.reporting.riskassessment.RiskAssessmentOnRecord;
import cn.healthsec.reporting.selfinspection.SelfInspectionOnRecord;
import cn.healthsec.reporting.submission.CorrectionOwed;
import cn.healthsec.reporting.submission.EventOnRecord;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything obligations are derived from, for one institution: the registry entry and the day it
 * was registered, what it has filed (each list oldest first), what its authorities returned for
 * correction and the rectification notices they sent, the dated facts its reports put on the record
 * (hazards, provisions, planned exports and go-lives, audits: {@link EventOnRecord}), the working-day calendar, the
 * policy, and the legal day of derivation (yearly obligations exist up to its year).
 */
public record InstitutionRecord(Institution institution, LocalDate registeredOn, LocalDate asOf, List<FilingOnRecord> filings,
                                List<CatalogueOnRecord> catalogues, List<RiskAssessmentOnRecord> riskAssessments,
                                List<IncidentOnRecord> incidents, List<SelfInspectionOnRecord> selfInspections,
                                List<CorrectionOwed> corrections, List<NoticeOnRecord> notices, List<EventOnRecord> events,
                                WorkingDayCalendar calendar, LedgerPolicy policy) {

    public InstitutionRecord {
        filings = List.copyOf(filings);
        catalogues = List.copyOf(catalogues);
        riskAssessments = List.copyOf(riskAssessments);
        incidents = List.copyOf(incidents);
        selfInspections = List.copyOf(selfInspections);
        corrections = List.copyOf(corrections);
        notices = List.copyOf(notices);
        events = List.copyOf(events);
    }

    public String uscc() {
        return institution.uscc();
    }
}
