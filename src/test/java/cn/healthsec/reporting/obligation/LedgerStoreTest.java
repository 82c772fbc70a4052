package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger writes what changed (src/bench/ledger-growth.sh measured why: rewriting an
 * institution's whole ledger on every filing grew the filing's latency with its record): an
 * unchanged obligation keeps its row, a new one is added, and moving the institution rewrites
 * every row with its new division and supervisor.
 */
@QuarkusTest
class LedgerStoreTest {

    @Inject
    EntityManager em;

    /** The institution's rows as the first read after a filing leaves them (a read derives a ledger a filing changed). */
    Map<String, String> rows(String uscc) {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/institutions/" + uscc + "/obligations").then().statusCode(200);
        return stored(uscc);
    }

    @Transactional
    Map<String, String> stored(String uscc) {
        @SuppressWarnings("unchecked")
        List<ObligationEntity> rows = em.createNativeQuery("select * from obligation where institution_uscc = :uscc", ObligationEntity.class)
                .setParameter("uscc", uscc).getResultList();
        return rows.stream().collect(Collectors.toMap(o -> o.id, o -> o.derivedAt + " " + o.divisionCode + " " + o.supervisingAuthorityId));
    }

    @Test
    void shouldWriteOnlyWhatChanged() {
        String uscc = Fixtures.registerInstitution("340122", null, false, false);
        String token = Tokens.institution(uscc);
        given().auth().oauth2(token).contentType("application/json")
                .body(ObligationLedgerFlowTest.levelThreeFiling("INITIAL", ObligationLedgerFlowTest.TODAY.minusMonths(3)))
                .post("/api/v1/mlps-filings").then().statusCode(201);
        Map<String, String> first = rows(uscc);

        given().auth().oauth2(token).contentType("application/json")
                .body(ObligationLedgerFlowTest.levelThreeFiling("INITIAL", ObligationLedgerFlowTest.TODAY.minusMonths(3)).replace("his-core", "pacs"))
                .post("/api/v1/mlps-filings").then().statusCode(201);
        Map<String, String> second = rows(uscc);
        first.forEach((id, row) -> assertEquals(row, second.get(id), "unchanged " + id));
        assertEquals(first.size() + 3, second.size(), "the new network's filing, report and assessment");

        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Fixtures.institutionJson("测试医院", "340123", null, false, false)).put("/api/v1/institutions/" + uscc)
                .then().statusCode(200);
        Map<String, String> moved = rows(uscc);
        assertEquals(second.keySet(), moved.keySet());
        second.forEach((id, row) -> assertNotEquals(row, moved.get(id), "rewritten " + id));
        moved.values().forEach(row -> assertTrue(row.endsWith(" 340123 HC-340123"), row));
    }
}
