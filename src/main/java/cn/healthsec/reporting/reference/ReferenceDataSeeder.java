package cn.healthsec.reporting.reference;

import cn.healthsec.reporting.calendar.CalendarJson;
import cn.healthsec.reporting.division.DivisionList;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Seeds the reference tables from the bundled resources at start (after Flyway has migrated). */
@ApplicationScoped
public class ReferenceDataSeeder {

    public static final String DIVISIONS_RESOURCE = "reference/gbt2260-divisions.csv";
    public static final String CALENDAR_RESOURCE = "reference/cn-working-day-calendar.json";

    @Inject
    ReferenceDataStore store;

    @Inject
    ObjectMapper mapper;

    void onStart(@Observes StartupEvent event) {
        JsonNode calendar = readJson(CALENDAR_RESOURCE);
        store.seed(bundledDivisions(), CalendarJson.readFile(calendar), calendar.path("source").asText("bundled"));
    }

    public static DivisionList bundledDivisions() {
        try (InputStream in = open(DIVISIONS_RESOURCE)) {
            return DivisionList.parseCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readJson(String resource) {
        try (InputStream in = open(resource)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        return in;
    }
}
