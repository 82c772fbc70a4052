package cn.healthsec.reporting.support;

import cn.healthsec.reporting.authority.AuthorityDirectory;
import cn.healthsec.reporting.calendar.CalendarJson;
import cn.healthsec.reporting.calendar.WorkingDayCalendar;
import cn.healthsec.reporting.division.DivisionList;
import cn.healthsec.reporting.reference.ReferenceDataSeeder;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The reference data the service ships, loaded the way the service loads it, for plain unit tests. */
public final class Bundled {

    public static final DivisionList DIVISIONS = ReferenceDataSeeder.bundledDivisions();
    public static final AuthorityDirectory AUTHORITIES = new AuthorityDirectory(DIVISIONS);
    public static final WorkingDayCalendar CALENDAR = calendar();

    private Bundled() {
    }

    private static WorkingDayCalendar calendar() {
        try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(ReferenceDataSeeder.CALENDAR_RESOURCE)) {
            return new WorkingDayCalendar(CalendarJson.readFile(new ObjectMapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
