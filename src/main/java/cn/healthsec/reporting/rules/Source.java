package cn.healthsec.reporting.rules;

/**
 * The legal and technical texts the service's rules come from, with the title and document number
 * a regulator cites them by. Files name the copies in {@code shared/seeds/}; a source with no file
 * was read through the reprints listed in RULEBOOK §I. A document number that no text read here
 * states is {@code null}, never guessed.
 */
public enum Source {
    /** 2022 Measures; seed files 003 (Chinese original, authoritative) and 000 (English translation). */
    MEASURES_2022("2022 Measures", "003_c9f825799c254222.txt",
            "医疗卫生机构网络安全管理办法", "Measures for the Cybersecurity Management of Healthcare Institutions",
            "国卫规划发〔2022〕29号", Numbering.ARTICLES),
    /** 2026 Data Measures; English translation only (seed file 002), Chinese wording UNCONFIRMED (RULEBOOK §0). */
    DATA_MEASURES_2026("2026 Data Measures", "002_c74dea613f69e3c8.txt",
            "医疗卫生机构数据安全和个人信息保护管理办法（试行）",
            "Measures for the Administration of Data Security and Personal Information Protection of Healthcare Institutions (Trial)",
            "国卫规划发〔2026〕6号", Numbering.ARTICLES),
    /**
     * 2018 Big Data Measures; English translation only (seed file 001). The title and number are
     * those of the NHC's notice (关于印发《国家健康医疗大数据标准、安全和服务管理办法（试行）》的通知).
     */
    BIG_DATA_MEASURES_2018("2018 Big Data Measures", "001_679cfd2ea493c316.txt",
            "国家健康医疗大数据标准、安全和服务管理办法（试行）",
            "Administrative Measures for National Healthcare Big Data Standards, Security and Services (Trial)",
            "国卫规划发〔2018〕23号", Numbering.ARTICLES),
    /** RULEBOOK line "2007 MLPS Measures" = 《信息安全等级保护管理办法》(公通字〔2007〕43号). */
    MLPS_MEASURES_2007("2007 MLPS Measures", null,
            "信息安全等级保护管理办法", "Administrative Measures for the Classified Protection of Information Security",
            "公通字〔2007〕43号", Numbering.ARTICLES),
    /** The national standard's number is its document number. */
    GBT_22240_2020("GB/T 22240-2020", null,
            "信息安全技术 网络安全等级保护定级指南",
            "Information security technology — Classification guide for classified protection of cybersecurity",
            "GB/T 22240-2020", Numbering.CLAUSES),
    /** CAC, 2025-09-11, in force 2025-11-01 (RULEBOOK); its order number was not read here, so none is cited. */
    CAC_INCIDENT_MEASURES("CAC Incident Measures", null,
            "国家网络安全事件报告管理办法", "Measures for the Administration of National Cybersecurity Incident Reporting",
            null, Numbering.ARTICLES),
    /** RULEBOOK: "Regulation" = 《网络数据安全管理条例》(国务院令第790号). */
    DATA_REGULATION("Network Data Regulation", null,
            "网络数据安全管理条例", "Regulations on Network Data Security Management",
            "国务院令第790号", Numbering.ARTICLES),
    /**
     * CAC, 2024: named by 2026 Data Measures art. 22(4) ("Article 7 of the Provisions on Promoting and
     * Regulating Cross-Border Data Flows"); its text was not read here (RULEBOOK §0: its thresholds are
     * policy, UNCONFIRMED), and its order number is not cited.
     */
    CAC_CROSS_BORDER_PROVISIONS("CAC Cross-Border Data Provisions", null,
            "促进和规范数据跨境流动规定", "Provisions on Promoting and Regulating Cross-Border Data Flows",
            null, Numbering.ARTICLES),
    /** The national standard's number is its document number. */
    GB_32100_2015("GB 32100-2015", null,
            "法人和其他组织统一社会信用代码编码规则",
            "Coding rule of the unified social credit identifier for legal entities and other organizations",
            "GB 32100-2015", Numbering.CLAUSES),
    /** One notice a year, each with its own number; the calendar data names the year. */
    HOLIDAY_NOTICES("State Council holiday notices", null,
            "国务院办公厅关于部分节假日安排的通知（逐年发布）",
            "Notices of the General Office of the State Council on public holiday arrangements (yearly)",
            null, Numbering.NONE),
    /** The service's own design decision, not a rule of any text. */
    SERVICE_POLICY("Service policy", null,
            "本服务策略（非法律规定）", "Service policy (not a legal requirement)",
            null, Numbering.NONE);

    /** How a text's provisions are numbered, and so how an article is cited in Chinese. */
    public enum Numbering {
        /** 第N条、第N款、第（N）项. */
        ARTICLES,
        /** Clauses of a standard: 第4章, 5.2条. */
        CLAUSES,
        /** Nothing to number: the citation names the text only. */
        NONE
    }

    private final String shortName;
    private final String seedFile;
    private final String titleZh;
    private final String titleEn;
    private final String documentNumber;
    private final Numbering numbering;

    Source(String shortName, String seedFile, String titleZh, String titleEn, String documentNumber, Numbering numbering) {
        this.shortName = shortName;
        this.seedFile = seedFile;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.documentNumber = documentNumber;
        this.numbering = numbering;
    }

    /** The English short form, e.g. {@code 2022 Measures}. */
    public String shortName() {
        return shortName;
    }

    /** The file in {@code shared/seeds/} holding this text, or {@code null} when it is not there. */
    public String seedFile() {
        return seedFile;
    }

    /** The title as promulgated, without 书名号. */
    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    /** 发文字号 or standard number, e.g. {@code 国卫规划发〔2022〕29号}; {@code null} where none was read. */
    public String documentNumber() {
        return documentNumber;
    }

    public Numbering numbering() {
        return numbering;
    }
}
