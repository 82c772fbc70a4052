package cn.healthsec.reporting.reference;

import cn.healthsec.reporting.authority.AuthorityDirectory;
import cn.healthsec.reporting.calendar.CalendarYear;
import cn.healthsec.reporting.calendar.WorkingDayCalendar;
import cn.healthsec.reporting.division.DivisionList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The division list and working-day calendar in force. PostgreSQL holds them (an admin can replace
 * either without a rebuild); each replica keeps an immutable snapshot and reloads it when the
 * version row changes, checked at most every {@link #RECHECK} so a replacement reaches all replicas
 * within that time.
 */
@ApplicationScoped
public class ReferenceData {

    static final Duration RECHECK = Duration.ofSeconds(15);
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ReferenceData.class);

    @Inject
    ReferenceDataStore store;

    private volatile Snapshot snapshot;

    private record Snapshot(long divisionVersion, long calendarVersion, DivisionList divisions,
                            AuthorityDirectory authorities, WorkingDayCalendar calendar, Instant checkedAt) {
    }

    public DivisionList divisions() {
        return current().divisions();
    }

    public AuthorityDirectory authorities() {
        return current().authorities();
    }

    public WorkingDayCalendar calendar() {
        return current().calendar();
    }

    /** The version of the calendar in force: it changes whenever the calendar is replaced. */
    public long calendarVersion() {
        return current().calendarVersion();
    }

    /** Forces the next read to check the versions, after this replica changed the data. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = Instant.now();
        if (s != null && Duration.between(s.checkedAt(), now).compareTo(RECHECK) < 0) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && Duration.between(s.checkedAt(), now).compareTo(RECHECK) < 0) {
                return s;
            }
            ReferenceDataStore.Versions v;
            try {
                v = store.versions();
            } catch (RuntimeException unreachable) {
                if (s == null) {
                    throw unreachable;
                }
                // The database is down: the data in force stays in force, checked again after RECHECK.
                snapshot = new Snapshot(s.divisionVersion(), s.calendarVersion(), s.divisions(), s.authorities(), s.calendar(), now);
                LOG.warnf("reference data versions could not be checked (%s); the loaded data stays in force",
                        unreachable.getClass().getName());
                return snapshot;
            }
            DivisionList divisions = s != null && s.divisionVersion() == v.division() ? s.divisions() : store.loadDivisions();
            WorkingDayCalendar calendar = s != null && s.calendarVersion() == v.calendar() ? s.calendar()
                    : new WorkingDayCalendar(store.loadCalendarYears());
            AuthorityDirectory authorities = s != null && s.divisions() == divisions ? s.authorities() : new AuthorityDirectory(divisions);
            snapshot = new Snapshot(v.division(), v.calendar(), divisions, authorities, calendar, now);
            return snapshot;
        }
    }

    /** For the calendar endpoint: the years as stored. */
    public List<CalendarYear> calendarYears() {
        return store.loadCalendarYears();
    }
}
