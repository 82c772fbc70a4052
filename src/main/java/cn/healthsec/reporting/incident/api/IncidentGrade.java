package cn.healthsec.reporting.incident.api;

/** 《网络安全事件分级指南》 grades, lowest first: 一般, 较大, 重大, 特别重大. */
public enum IncidentGrade {
    GENERAL,
    LARGE,
    MAJOR,
    EXTRAORDINARY;

    public boolean atLeast(IncidentGrade other) {
        return compareTo(other) >= 0;
    }

    public static IncidentGrade max(IncidentGrade a, IncidentGrade b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
