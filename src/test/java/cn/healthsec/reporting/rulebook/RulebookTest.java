package cn.healthsec.reporting.rulebook;

import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The rulebook lists the 2018 Big Data Measures (国卫规划发〔2018〕23号) where the service's rules
 * rest on them too: art. 19 ("Healthcare medical big data centers and related information systems
 * shall carry out rating, filing, evaluation, etc.") beside the 2022 Measures' filing duty, art. 30
 * ("Healthcare big data shall be stored in the secure and reliable servers within the territory of
 * China") beside the 2026 storage rule.
 */
@QuarkusTest
class RulebookTest {

    @Test
    void shouldListThe2018BigDataMeasuresWhereTheRulesRestOnThem() {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/rules").then().statusCode(200)
                .body("find { it.id == 'MLPS-PSB-FILING-10WD' }.alsoCites[0].instrumentId", equalTo("BIG_DATA_MEASURES_2018"))
                .body("find { it.id == 'MLPS-PSB-FILING-10WD' }.alsoCites[0].article", equalTo("第十九条"))
                .body("find { it.id == 'MLPS-PSB-FILING-10WD' }.alsoCites[0].textZh",
                        equalTo("《国家健康医疗大数据标准、安全和服务管理办法（试行）》（国卫规划发〔2018〕23号）第十九条"))
                .body("find { it.id == 'CATALOGUE-IMPORTANT-DATA-STORED-IN-CHINA' }.alsoCites[0].article", equalTo("第三十条"))
                .body("find { it.id == 'MLPS-LEVEL-APPROVAL' }.alsoCites", equalTo(java.util.List.of()))
                // Network Data Regulation 第三十三条第二款第（二）项 ("不包括网络数据内容本身") beside 2026 art. 6 ¶2.
                .body("find { it.id == 'REPORT-METADATA-ONLY' }.alsoCites[0].article", equalTo("第三十三条第二款第（二）项"));
    }
}
