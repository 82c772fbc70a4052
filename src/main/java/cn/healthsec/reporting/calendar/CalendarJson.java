package cn.healthsec.reporting.calendar;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the calendar file format of {@code reference/cn-working-day-calendar.json}: a {@code years}
 * object keyed by year, each with {@code holidays} and {@code makeUpWorkdays} maps of date to name.
 */
public final class CalendarJson {

    private CalendarJson() {
    }

    public static List<CalendarYear> readFile(JsonNode root) {
        JsonNode years = root.path("years");
        if (!years.isObject()) {
            throw new IllegalArgumentException("the calendar file has no years object");
        }
        List<CalendarYear> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = years.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(readYear(Integer.parseInt(e.getKey()), e.getValue()));
        }
        return out;
    }

    /** One year's {@code {"holidays": {...}, "makeUpWorkdays": {...}}}; dates must lie in that year. */
    public static CalendarYear readYear(int year, JsonNode node) {
        return new CalendarYear(year, dates(node.path("holidays"), "holidays"), dates(node.path("makeUpWorkdays"), "makeUpWorkdays"));
    }

    private static Map<LocalDate, String> dates(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(what + " must be an object of date to name");
        }
        Map<LocalDate, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                out.put(LocalDate.parse(e.getKey()), e.getValue().asText());
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(what + " has a key that is not a date");
            }
        }
        return out;
    }
}
