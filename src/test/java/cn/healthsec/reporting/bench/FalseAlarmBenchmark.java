package cn.healthsec.reporting.bench;

import cn.healthsec.reporting.privacy.PersonalDataDetector;
import cn.healthsec.reporting.privacy.PersonalDataKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Measurement, not a test (src/bench/false-alarms.sh runs it): how many generated everyday lists —
 * years, ports, counts, GB/T 2260 codes, dates, certificate numbers — the personal-data detector
 * refuses, written with list punctuation ({@code 、}) and as array items, against the same lists
 * written with spaces, where digit groups join as one number's do. The difference is what chasing
 * a card or mobile number in chunks across list gaps would cost (issue 26's decision).
 */
public final class FalseAlarmBenchmark {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(FalseAlarmBenchmark.class);

    private FalseAlarmBenchmark() {
    }

    public static void main(String[] args) {
        int lists = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Random r = new Random(2026);
        Map<String, Function<Random, String>> items = new LinkedHashMap<>();
        items.put("years", x -> String.valueOf(1990 + x.nextInt(40)));
        items.put("ports", x -> String.valueOf(new int[] {22, 80, 443, 1521, 3306, 3389, 5432, 6379, 8080, 8443, 9200, 27017}[x.nextInt(12)]));
        items.put("counts", x -> String.valueOf(1 + x.nextInt(x.nextBoolean() ? 100 : 10_000)));
        items.put("division codes", x -> String.format("%02d%02d%02d", 11 + x.nextInt(55), 1 + x.nextInt(20), 1 + x.nextInt(30)));
        items.put("dates", x -> LocalDate.of(2020, 1, 1).plusDays(x.nextInt(3000)).toString());
        items.put("amounts", x -> String.format("%d.%02d", x.nextInt(1_000_000), x.nextInt(100)));
        LOG.infof("%-22s %10s %14s %14s %16s", "items", "lists", "、 refused", "array refused", "spaces refused");
        for (Map.Entry<String, Function<Random, String>> item : items.entrySet()) {
            int listed = 0;
            int array = 0;
            int spaced = 0;
            for (int i = 0; i < lists; i++) {
                List<String> values = new ArrayList<>();
                int n = 3 + r.nextInt(8);
                for (int k = 0; k < n; k++) {
                    values.add(item.getValue().apply(r));
                }
                listed += refused(PersonalDataDetector.detect(String.join("、", values)));
                array += PersonalDataDetector.detectAcross(values).isEmpty() ? 0 : 1;
                spaced += refused(PersonalDataDetector.detect(String.join(" ", values)));
            }
            LOG.infof("%-22s %10d %13.2f%% %13.2f%% %15.2f%%", item.getKey(), lists, 100.0 * listed / lists,
                    100.0 * array / lists, 100.0 * spaced / lists);
        }
    }

    private static int refused(Set<PersonalDataKind> found) {
        return found.isEmpty() ? 0 : 1;
    }
}
