package cn.healthsec.reporting.bench;

import cn.healthsec.reporting.privacy.PersonalDataDetector;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Benchmark, not a test (src/bench/scan-time.sh runs it): how long the personal-data detector
 * takes on one value of 10 KB, 100 KB and 2 MB, for the kinds of text that made the old regular
 * expressions quadratic, and for ordinary Chinese prose. Prints the median of several runs after a
 * warm-up, and the time per megabyte, which stays flat when the scan is linear.
 */
public final class ScanBenchmark {

    private ScanBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("letters", "a");
        units.put("e-mail-like", "a.b_c");
        units.put("digits with separators", "1 ");
        units.put("fullwidth digits", "１");
        units.put("prose with numbers", "三级甲等医院信息系统，2026年3月共 52000000 条记录，联系人电话 010-88886666。");
        int[] sizes = {10 * 1024, 100 * 1024, 2 * 1024 * 1024};
        System.out.printf("%-24s %12s %12s %12s %14s%n", "value", "10 KB (ms)", "100 KB (ms)", "2 MB (ms)", "ms per MB @2MB");
        for (Map.Entry<String, String> unit : units.entrySet()) {
            double[] ms = new double[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                ms[i] = median(value(unit.getValue(), sizes[i]), sizes[i] >= 1024 * 1024 ? 5 : 15);
            }
            System.out.printf("%-24s %12.3f %12.3f %12.3f %14.3f%n", unit.getKey(), ms[0], ms[1], ms[2], ms[2] / 2);
        }
    }

    /** A value of about {@code bytes} bytes in UTF-8 made of {@code unit}. */
    static String value(String unit, int bytes) {
        int unitBytes = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return unit.repeat(Math.max(1, bytes / unitBytes));
    }

    static double median(String text, int runs) {
        for (int i = 0; i < 3; i++) {
            PersonalDataDetector.detect(text);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            PersonalDataDetector.detect(text);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[runs / 2];
    }
}
