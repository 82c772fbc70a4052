package cn.healthsec.reporting.reference;

import cn.healthsec.reporting.calendar.CalendarYear;
import cn.healthsec.reporting.division.Division;
import cn.healthsec.reporting.division.DivisionLevel;
import cn.healthsec.reporting.division.DivisionList;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain JDBC over the reference tables: they are read and replaced whole, thousands of rows at a
 * time, which batched statements do far better than entity-at-a-time persistence.
 */
@ApplicationScoped
public class ReferenceDataStore {

    record Versions(long division, long calendar) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    Versions versions() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select name, version from reference_data_version");
             ResultSet rs = ps.executeQuery()) {
            long division = 0;
            long calendar = 0;
            while (rs.next()) {
                if ("division".equals(rs.getString(1))) {
                    division = rs.getLong(2);
                } else if ("calendar".equals(rs.getString(1))) {
                    calendar = rs.getLong(2);
                }
            }
            return new Versions(division, calendar);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reference data versions", e);
        }
    }

    DivisionList loadDivisions() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select code, name, level from division");
             ResultSet rs = ps.executeQuery()) {
            List<Division> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Division(rs.getString(1), rs.getString(2), DivisionLevel.valueOf(rs.getString(3))));
            }
            return new DivisionList(out);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read divisions", e);
        }
    }

    List<CalendarYear> loadCalendarYears() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select year, holidays::text, make_up_workdays::text from calendar_year order by year");
             ResultSet rs = ps.executeQuery()) {
            List<CalendarYear> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new CalendarYear(rs.getInt(1), dates(rs.getString(2)), dates(rs.getString(3))));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the calendar", e);
        }
    }

    @Transactional
    public void replaceDivisions(DivisionList divisions) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement del = c.prepareStatement("delete from division")) {
                del.executeUpdate();
            }
            insertDivisions(c, divisions);
            bump(c, "division");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot replace divisions", e);
        }
    }

    @Transactional
    public void putCalendarYear(CalendarYear year, String source, String loadedBy) {
        try (Connection c = dataSource.getConnection()) {
            upsertYear(c, year, source, loadedBy, true);
            bump(c, "calendar");
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot store the calendar year", e);
        }
    }

    /**
     * First start (or a release shipping new years): load the bundled divisions when the table is
     * empty, and every bundled calendar year not yet stored. Years an admin loaded are kept.
     */
    @Transactional
    public void seed(DivisionList bundledDivisions, List<CalendarYear> bundledYears, String source) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select version from reference_data_version for update")) {
                lock.executeQuery().close();
            }
            boolean empty;
            try (PreparedStatement ps = c.prepareStatement("select not exists (select 1 from division)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                empty = rs.getBoolean(1);
            }
            if (empty) {
                insertDivisions(c, bundledDivisions);
                bump(c, "division");
            }
            boolean added = false;
            for (CalendarYear y : bundledYears) {
                added |= upsertYear(c, y, source, "bundled", false);
            }
            if (added) {
                bump(c, "calendar");
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot seed reference data", e);
        }
    }

    private static void insertDivisions(Connection c, DivisionList divisions) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("insert into division (code, name, level) values (?, ?, ?)")) {
            for (Division d : divisions.all()) {
                ins.setString(1, d.code());
                ins.setString(2, d.name());
                ins.setString(3, d.level().name());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private boolean upsertYear(Connection c, CalendarYear y, String source, String loadedBy, boolean replace)
            throws SQLException, JsonProcessingException {
        String sql = "insert into calendar_year (year, holidays, make_up_workdays, source, loaded_at, loaded_by) "
                + "values (?, ?::jsonb, ?::jsonb, ?, ?, ?) on conflict (year) do "
                + (replace ? "update set holidays = excluded.holidays, make_up_workdays = excluded.make_up_workdays, "
                + "source = excluded.source, loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by" : "nothing");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, y.year());
            ps.setString(2, mapper.writeValueAsString(new TreeMap<>(y.holidays())));
            ps.setString(3, mapper.writeValueAsString(new TreeMap<>(y.makeUpWorkdays())));
            ps.setString(4, source);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.setString(6, loadedBy);
            return ps.executeUpdate() > 0;
        }
    }

    private static void bump(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update reference_data_version set version = version + 1 where name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }

    private Map<LocalDate, String> dates(String json) {
        try {
            Map<String, String> raw = mapper.readValue(json, new TypeReference<Map<String, String>>() { });
            Map<LocalDate, String> out = new TreeMap<>();
            raw.forEach((k, v) -> out.put(LocalDate.parse(k), v));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar is not valid JSON", e);
        }
    }
}
