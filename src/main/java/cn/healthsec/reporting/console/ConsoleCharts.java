package cn.healthsec.reporting.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * A chart's data as the page carries it: JSON in a {@code data-series} attribute (escaped by the
 * template), which the console's own script hands to ECharts. No inline script: the CSP holds.
 */
final class ConsoleCharts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsoleCharts() {
    }

    /** Bars stacked by series: one stack per label, one series per name (in the order given). */
    static String stacked(List<String> labels, Map<String, List<Long>> series) {
        try {
            return JSON.writeValueAsString(Map.of("labels", labels, "stacks", series.entrySet().stream()
                    .map(e -> Map.of("name", e.getKey(), "values", e.getValue())).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String series(List<String> labels, List<?> values) {
        try {
            return JSON.writeValueAsString(Map.of("labels", labels, "values", values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
