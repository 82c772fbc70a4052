package cn.healthsec.reporting.support;

import cn.healthsec.reporting.identifier.Uscc;
import cn.healthsec.reporting.rules.LegalTime;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Small builders for test data; every test registers the institutions it needs. */
public final class Fixtures {

    private static final String BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Fixtures() {
    }

    /** A fresh, valid USCC of a public institution (12…) registered in {@code division}. */
    public static String uscc(String division) {
        StringBuilder b = new StringBuilder("12").append(division);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            b.append(BODY_CHARS.charAt(r.nextInt(BODY_CHARS.length())));
        }
        return b.append(Uscc.checkCharacterFor(b.toString())).toString();
    }

    public static String institutionJson(String name, String division, String supervisor) {
        return institutionJson(name, division, supervisor, true, false);
    }

    public static String institutionJson(String name, String division, String supervisor, boolean important, boolean core) {
        return """
                {"name": "%s", "divisionCode": "%s", %s
                 "criticalInformationInfrastructure": false, "centralOrganAffiliate": false,
                 "processesImportantData": %s, "processesCoreData": %s}
                """.formatted(name, division, supervisor == null ? "" : "\"supervisingAuthorityId\": \"" + supervisor + "\",",
                important, core);
    }

    /** Registers a new institution with the given data flags and returns its USCC. */
    public static String registerInstitution(String division, String supervisor, boolean important, boolean core) {
        String uscc = uscc(division);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(institutionJson("测试医院", division, supervisor, important, core))
                .put("/api/v1/institutions/" + uscc)
                .then().statusCode(201);
        return uscc;
    }

    /** One catalogue item; {@code extra} is spliced in as further JSON fields. */
    public static String catalogueItem(String id, String grade, String networks, String extra) {
        return """
                {"id": "%s", "name": "数据集 %s", "source": "本院", "category": "HEALTH_STATUS", "grade": "%s",
                 "scale": {"records": 1000, "personalInformationSubjects": 500},
                 "purpose": "诊疗", "processingMethods": ["STORAGE"],
                 "responsibleParty": {"department": "信息中心", "role": "负责人",
                                      "contact": {"name": "王主任", "phone": "13800138000", "email": "it@hospital.example.cn"}},
                 "storage": {"domestic": true, "region": "北京"}, "crossBorder": {"transferred": false},
                 "hostedOnNetworks": [%s]%s}
                """.formatted(id, id, grade, networks, extra == null ? "" : ", " + extra);
    }

    public static String catalogueReport(String type, String extra, String... items) {
        return "{\"reportType\": \"" + type + "\", \"reviewedOn\": \"2026-03-20\"" + (extra == null ? "" : ", " + extra)
                + ", \"items\": [" + String.join(",", items) + "]}";
    }

    /**
     * A ransomware incident at a tertiary hospital, discovered {@code hoursAgo} hours before now:
     * items 1-2 only (a partial initial report), with the impact numbers given: {@code personalInformationSubjects}
     * persons' records encrypted and, in this double-extortion attack, leaked.
     */
    public static String ransomware(double hoursAgo, String declaredGrade, long personalInformationSubjects, String extra) {
        java.time.Instant discovered = java.time.Instant.now().minusSeconds((long) (hoursAgo * 3600));
        return """
                {"discoveredAt": "%s", "category": "RANSOMWARE", "declaredGrade": "%s",
                 "impact": {"personalInformationSubjectsAffected": %d, "personalInformationSubjectsLeaked": %<d, "importantDataInvolved": false, "coreDataInvolved": false},
                 "affectedNetworks": ["his-core"],
                 "systemOverview": "三级甲等医院，医院信息系统（HIS）及影像系统",
                 "description": "多台服务器文件被加密，勒索信要求支付比特币",
                 "suspectedCrime": true,
                 "measuresTaken": "已断网隔离受感染服务器，启用应急预案"%s}
                """.formatted(discovered, declaredGrade, personalInformationSubjects, extra == null ? "" : ", " + extra);
    }

    /** A risk-assessment report; {@code extra} is spliced in as further JSON fields. */
    public static String riskAssessment(String type, String extra) {
        return """
                {"assessmentType": "%s", "year": 2025, "assessedOn": "2026-02-27",
                 "assessor": {"type": "THIRD_PARTY", "agencyName": "评估机构", "agencyUscc": "91310110666007217T"},
                 "handler": {"securityBody": "领导小组办公室",
                             "responsibleContact": {"name": "王主任", "phone": "13800138000", "email": "it@hospital.example.cn"}}%s}
                """.formatted(type, extra == null ? "" : ", " + extra);
    }

    /** Registers a new institution in {@code division} (supervisor defaults to the county) and returns its USCC. */
    public static String registerInstitution(String division, String supervisor) {
        String uscc = uscc(division);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(institutionJson("测试医院", division, supervisor))
                .put("/api/v1/institutions/" + uscc)
                .then().statusCode(201);
        return uscc;
    }

    /** The sample filing: level 3 HIS, determined 2026-02-13, filed with PSB on 2026-03-06. */
    public static String sampleFiling() {
        return """
                { "filingType": "INITIAL",
                  "network": { "id": "his-core", "name": "医院信息系统", "goLiveOn": "2026-01-05",
                               "securityTestedOn": "2025-12-20", "personalInformationSubjects": 250000,
                               "processesImportantData": true, "processesCoreData": false,
                               "criticalInformationInfrastructure": false, "newTechnologies": ["CLOUD"] },
                  "protectionLevel": 3, "previousProtectionLevel": null, "levelDeterminedOn": "2026-02-13",
                  "expertReview": { "reviewedOn": "2026-02-05", "summary": "专家评审同意定为第三级" },
                  "superiorApproval": { "authority": "北京市朝阳区卫生健康委员会", "approvedOn": "2026-02-12" },
                  "publicSecurityFiling": { "filedOn": "2026-03-06", "organ": "北京市公安局朝阳分局",
                                            "certificateNumber": "11010599001" },
                  "lastAssessment": { "completedOn": "2025-06-30", "assessor": "某测评机构", "conclusion": "PASS" } }
                """;
    }

    /** A level 3 network decided five days ago and filed with public security in time, whose last assessment was on {@code assessedOn}. */
    public static String levelThreeFiling(String filingType, LocalDate assessedOn) {
        LocalDate today = LegalTime.dateOf(LegalTime.now());
        return """
                { "filingType": "%s",
                  "network": { "id": "his-core", "name": "医院信息系统", "goLiveOn": "%s", "securityTestedOn": "%s",
                               "personalInformationSubjects": 250000, "processesImportantData": true, "processesCoreData": false,
                               "criticalInformationInfrastructure": false },
                  "protectionLevel": 3, "previousProtectionLevel": %s, "levelDeterminedOn": "%s",
                  "expertReview": { "reviewedOn": "%s", "summary": "专家评审同意定为第三级" },
                  "superiorApproval": { "authority": "合肥市瑶海区卫生健康委员会", "approvedOn": "%s" },
                  "publicSecurityFiling": { "filedOn": "%s", "organ": "合肥市公安局瑶海分局", "certificateNumber": "34010299001" },
                  "lastAssessment": { "completedOn": "%s", "assessor": "某测评机构", "conclusion": "PASS" } }
                """.formatted(filingType, today.minusYears(3), today.minusYears(3).minusDays(10),
                filingType.equals("LEVEL_CHANGE") ? "2" : "null", today.minusDays(5), today.minusDays(9), today.minusDays(6),
                today.minusDays(2), assessedOn);
    }
}
