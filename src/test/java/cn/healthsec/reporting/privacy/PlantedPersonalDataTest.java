package cn.healthsec.reporting.privacy;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.JsonPointers;
import cn.healthsec.reporting.support.PersonalData;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7 item 2 at the HTTP surface: personal data planted, in every disguise the probe used, in
 * every free-text field of every report type is refused (422, or 400 where the field's own format
 * already refuses it), named by field and never echoed; nothing is stored, and what authorities
 * read back — submissions, the provincial catalogue in JSON and CSV — carries none of it. Values
 * a report legitimately carries (statistics, dates, the designated contact's phone and e-mail)
 * pass. Before: 746 read-backs returned disguised values to authorities. Hubei (42) is this
 * class's own province.
 */
@QuarkusTest
class PlantedPersonalDataTest {

    private static final Logger LOG = Logger.getLogger(PlantedPersonalDataTest.class);

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DIVISION = "420102";
    static final Pattern NOT_FREE_TEXT = Pattern.compile("[A-Z_0-9]+|\\d{4}-\\d{2}-\\d{2}.*|[0-9A-Z]{18}");

    /** The disguises: what must never reach a regulator, and the digits that would show it did. */
    static final List<String> PLANTED = List.of(
            "患者ID" + PersonalData.RESIDENT_ID,
            "身份证 １１０１０５１９４９１２３１００２Ｘ",
            "sfz 1101 0519 4912 3100 2x",
            "号码 110105\u200B19491231\u200D002X",
            "卡号 6222.0212.3456.7890.128",
            "CARD6222021234567890128",
            "联系 139.8765.4321",
            "电话(139)87654321",
            "邮箱 zhang\u200B.san@example.com",
            // Issue 26: everyday Chinese and the web's encodings.
            "身份证 " + PersonalDataEverydayChineseTest.digitsAs("〇一二三四五六七八九").apply(PersonalData.RESIDENT_ID),
            "卡号 " + PersonalDataEverydayChineseTest.digitsAs("零壹贰叁肆伍陆柒捌玖").apply(PersonalData.BANK_CARD),
            "手机 1、3、9、8、7、6、5、4、3、2、1",
            "ID " + PersonalDataEverydayChineseTest.map(PersonalData.RESIDENT_ID, (i, d) -> "&#" + (48 + d) + ";"),
            "card " + PersonalDataEverydayChineseTest.map(PersonalData.BANK_CARD, (i, d) -> "%3" + d),
            "phone one three nine eight seven six five four three two one",
            "邮箱 zhangsan[at]hospital dot cn");

    /** A digit string each planted value carries, looked for in every read-back. */
    static final List<String> TELLTALES = List.of("19491231", "4912 3100", "１９４９", "19900307", "6222021234567890128",
            "6222.0212", "87654321", "8765.4321", "zhang", "一九九〇〇三〇七", "陆贰贰贰", "8、7、6、5", "&#57;&#57;&#48;", "%36%32%32",
            "eight seven six");

    record Form(String path, String body) {
    }

    static List<Form> forms() {
        return List.of(
                new Form("/api/v1/mlps-filings", Fixtures.sampleFiling()),
                new Form("/api/v1/data-catalogue-reports", Fixtures.catalogueReport("PERIODIC_REVIEW", null,
                        Fixtures.catalogueItem("emr", "IMPORTANT", "", null))),
                new Form("/api/v1/risk-assessment-reports", Fixtures.riskAssessment("ANNUAL", null)),
                new Form("/api/v1/incidents", Fixtures.ransomware(1, "GENERAL", 10, "\"contact\": {\"name\": \"王主任\", "
                        + "\"phone\": \"13800138000\", \"email\": \"it@hospital.example.cn\"}, \"trend\": \"已受控\", "
                        + "\"causeAnalysis\": \"弱口令\", \"investigationLeads\": \"境外地址\", \"nextMeasures\": \"加固\", "
                        + "\"supportRequested\": \"无\"")));
    }

    @Test
    void shouldRefuseEveryPlantedValueInEveryFreeTextFieldAndShowNoneOfItToAuthorities() throws Exception {
        String uscc = Fixtures.registerInstitution(DIVISION, null, true, false);
        String token = Tokens.institution(uscc);
        int planted = 0;
        int accepted = 0;
        for (Form form : forms()) {
            JsonNode valid = JSON.readTree(form.body());
            given().auth().oauth2(token).contentType("application/json").body(valid.toString()).post(form.path())
                    .then().statusCode(201);
            accepted++;
            for (String field : freeTextFields(valid)) {
                for (String value : PLANTED) {
                    if (contact(field) && (value.contains("139") || value.contains("9、8") || value.contains("nine") || value.contains("@")
                            || value.contains("[at]"))) {
                        continue;
                    }
                    JsonNode body = valid.deepCopy();
                    set(body, field, value);
                    Response r = given().auth().oauth2(token).contentType("application/json").header("Accept-Language", "en")
                            .body(body.toString()).post(form.path());
                    planted++;
                    String where = form.path() + " " + field + " ← " + value;
                    assertTrue(r.statusCode() == 422 || r.statusCode() == 400, where + ": " + r.statusCode());
                    List<String> fields = r.path("errors.field");
                    assertTrue(fields.contains(field), where + ": " + fields);
                    for (String telltale : TELLTALES) {
                        assertFalse(r.asString().contains(telltale), where + ": the answer echoes the value");
                    }
                }
            }
        }
        LOG.infof("planted personal data: %d requests refused, %d clean reports accepted", planted, accepted);
        assertTrue(planted >= 400, "the table covers every free-text field: " + planted);

        List<String> readBacks = new ArrayList<>();
        String province = Tokens.authority("HC-420000");
        readBacks.add(given().auth().oauth2(token).queryParam("limit", 500).get("/api/v1/submissions").then().statusCode(200)
                .extract().asString());
        readBacks.add(given().auth().oauth2(province).get("/api/v1/authorities/HC-420000/data-catalogue").then().statusCode(200)
                .extract().asString());
        readBacks.add(given().auth().oauth2(province).accept("text/csv").get("/api/v1/authorities/HC-420000/data-catalogue")
                .then().statusCode(200).extract().asString());
        readBacks.add(given().auth().oauth2(Tokens.authority("HC-420102")).queryParam("limit", 500)
                .get("/api/v1/authorities/HC-420102/inbox").then().statusCode(200).extract().asString());
        List<String> ids = given().auth().oauth2(token).queryParam("limit", 500).get("/api/v1/submissions").then().extract()
                .path("entries.id");
        assertEquals(accepted, ids.size(), "nothing refused was stored");
        for (String id : ids) {
            readBacks.add(given().auth().oauth2(province).get("/api/v1/submissions/" + id).then().statusCode(200).extract().asString());
        }
        for (String readBack : readBacks) {
            for (String telltale : TELLTALES) {
                assertFalse(readBack.contains(telltale), "an authority reads back " + telltale);
            }
        }
    }

    /**
     * Issue 26: a number split between the end of one free-text field and the start of the next is
     * found as it would be within one field, and refused at the object that holds both; nothing is
     * stored. Before: accepted (201) and served verbatim to the commission.
     */
    @Test
    void shouldRefuseANumberSplitBetweenAdjacentFields() throws Exception {
        String uscc = Fixtures.registerInstitution(DIVISION, null, true, false);
        String token = Tokens.institution(uscc);
        String id = PersonalData.RESIDENT_ID;
        JsonNode body = JSON.readTree(forms().get(3).body());
        set(body, "/causeAnalysis", "弱口令，涉及 " + id.substring(0, 10));
        set(body, "/investigationLeads", id.substring(10) + " 等记录");
        Response r = given().auth().oauth2(token).contentType("application/json").body(body.toString()).post("/api/v1/incidents")
                .then().statusCode(422).extract().response();
        assertEquals(List.of(Map.of("field", "", "code", "personal_data_resident_id")),
                r.jsonPath().getList("errors", Map.class).stream().map(e -> Map.of("field", e.get("field"), "code", e.get("code"))).toList());
        assertFalse(r.asString().contains(id.substring(10)), "the answer echoes nothing");
        given().auth().oauth2(token).get("/api/v1/submissions").then().statusCode(200).body("entries", org.hamcrest.Matchers.empty());
    }

    /** Statistics, dates, codes and the designated contact's phone and e-mail are what reports are made of. */
    @Test
    void shouldAcceptWhatReportsLegitimatelyCarry() throws Exception {
        String uscc = Fixtures.registerInstitution(DIVISION, null, true, false);
        String token = Tokens.institution(uscc);
        List<String> ordinary = List.of("52000000 条记录", "2026年3月20日起", "规模 2,000,000 人次", "GB/T 22239-2019 第三级",
                "服务器 192.168.100.200 与 17.253.144.110", "座机 010-88886666", "损失 20000000.00 元");
        for (Form form : forms()) {
            JsonNode valid = JSON.readTree(form.body());
            List<String> fields = freeTextFields(valid).stream().filter(f -> !contact(f) && !f.endsWith("/id")).toList();
            JsonNode body = valid.deepCopy();
            for (int i = 0; i < fields.size(); i++) {
                set(body, fields.get(i), ordinary.get(i % ordinary.size()));
            }
            given().auth().oauth2(token).contentType("application/json").body(body.toString()).post(form.path())
                    .then().statusCode(201);
        }
        // The designated contacts keep their phone and e-mail, whatever their form.
        given().auth().oauth2(token).contentType("application/json").body(Fixtures.catalogueReport("PERIODIC_REVIEW", null,
                        Fixtures.catalogueItem("lab", "GENERAL", "", null).replace("13800138000", "+86 139-8765-4321")))
                .post("/api/v1/data-catalogue-reports").then().statusCode(201);
        // The Hebei MLPS certificate number reads like a mobile number, and is one of the filing's identifiers.
        given().auth().oauth2(token).contentType("application/json")
                .body(Fixtures.sampleFiling().replace("11010599001", "13010599001")).post("/api/v1/mlps-filings").then().statusCode(201);
    }

    static boolean contact(String pointer) {
        return pointer.matches(".*/(contact|responsibleContact)/(name|phone|email)");
    }

    /** Pointers of the string leaves that hold free text (not enums, dates or codes). */
    static List<String> freeTextFields(JsonNode node) {
        return JsonPointers.all(node, n -> n.isTextual() && !NOT_FREE_TEXT.matcher(n.textValue()).matches());
    }

    static void set(JsonNode root, String pointer, String value) {
        JsonPointers.set(root, pointer, TextNode.valueOf(value));
    }
}
