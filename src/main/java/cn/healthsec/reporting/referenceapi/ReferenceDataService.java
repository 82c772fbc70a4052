package cn.healthsec.reporting.referenceapi;

import cn.healthsec.reporting.audit.AuditLog;
import cn.healthsec.reporting.calendar.CalendarYear;
import cn.healthsec.reporting.division.DivisionList;
import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.reference.ReferenceDataStore;
import cn.healthsec.reporting.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replacing reference data: a year of the holiday calendar, or the whole division list. Each is
 * one transaction with its audit record; this replica's cache is dropped only once the
 * transaction has committed, so no request can cache the old data again in between (the other
 * replicas notice the version bump within {@code ReferenceData.RECHECK}).
 */
@ApplicationScoped
public class ReferenceDataService {

    /** Fired in the writing transaction; observed after it committed. */
    record Changed(String what) {
    }

    @Inject
    ReferenceDataStore store;

    @Inject
    ReferenceData referenceData;

    @Inject
    InstitutionService institutions;

    @Inject
    AuditLog audit;

    @Inject
    Event<Changed> changed;

    @Transactional
    public void putCalendarYear(CalendarYear year, String source, Caller caller) {
        store.putCalendarYear(year, source, caller.subject());
        audit.record(caller, "CALENDAR_YEAR_LOADED", "calendar_year", String.valueOf(year.year()));
        changed.fire(new Changed("calendar"));
    }

    /**
     * Replaces the list; refused when a registered institution's division, or its supervising
     * commission's, would disappear: the registry must move them first.
     */
    @Transactional
    public void replaceDivisions(DivisionList divisions, Caller caller) {
        Set<String> missing = new TreeSet<>();
        for (String code : institutions.divisionCodesInUse()) {
            if (divisions.find(code).isEmpty()) {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("divisions-in-use", missing.stream().limit(50)
                    .map(code -> FieldError.of("", "division_in_use", Map.of("code", code))).toList());
        }
        store.replaceDivisions(divisions);
        audit.record(caller, "DIVISIONS_REPLACED", "division", null);
        changed.fire(new Changed("division"));
    }

    void dropCacheAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        referenceData.invalidate();
    }
}
