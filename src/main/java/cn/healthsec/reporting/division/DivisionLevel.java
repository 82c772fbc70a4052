package cn.healthsec.reporting.division;

/** GB/T 2260 levels, as the division list names them. */
public enum DivisionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY;

    public static DivisionLevel parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
