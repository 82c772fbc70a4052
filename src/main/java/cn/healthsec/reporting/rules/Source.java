package cn.healthsec.reporting.rules;

/**
 * The legal and technical texts the service's rules come from. Files name the copies in
 * {@code shared/seeds/}; a source with no file was read through the reprints listed in RULEBOOK §I.
 */
public enum Source {
    /** 医疗卫生机构网络安全管理办法, 国卫规划发〔2022〕29号; the Chinese original is authoritative. */
    MEASURES_2022("2022 Measures", "003_c9f825799c254222.txt"),
    /** 医疗卫生机构数据安全和个人信息保护管理办法（试行）, 国卫规划发〔2026〕6号; English translation only. */
    DATA_MEASURES_2026("2026 Data Measures", "002_c74dea613f69e3c8.txt"),
    /** 信息安全等级保护管理办法, 公通字〔2007〕43号. */
    MLPS_MEASURES_2007("2007 MLPS Measures", null),
    /** GB/T 22240-2020 网络安全等级保护定级指南. */
    GBT_22240_2020("GB/T 22240-2020", null),
    /** 国家网络安全事件报告管理办法 (CAC, in force 2025-11-01). */
    CAC_INCIDENT_MEASURES("CAC Incident Measures", null),
    /** 网络数据安全管理条例, 国务院令第790号. */
    DATA_REGULATION("Network Data Regulation", null),
    /** GB 32100-2015 法人和其他组织统一社会信用代码编码规则. */
    GB_32100_2015("GB 32100-2015", null),
    /** 国务院办公厅关于节假日安排的通知 (yearly). */
    HOLIDAY_NOTICES("State Council holiday notices", null),
    /** The service's own design decision, not a rule of any text. */
    SERVICE_POLICY("Service policy", null);

    private final String shortName;
    private final String seedFile;

    Source(String shortName, String seedFile) {
        this.shortName = shortName;
        this.seedFile = seedFile;
    }

    public String shortName() {
        return shortName;
    }

    /** The file in {@code shared/seeds/} holding this text, or {@code null} when it is not there. */
    public String seedFile() {
        return seedFile;
    }
}
