package cn.healthsec.reporting.division;

/** One GB/T 2260 administrative division. */
public record Division(String code, String name, DivisionLevel level) {

    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }

    public String prefectureCode() {
        return code.substring(0, 4) + "00";
    }
}
