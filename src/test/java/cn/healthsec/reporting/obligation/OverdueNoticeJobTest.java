package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 9 §1: each obligation past its due date becomes exactly one OVERDUE_NOTICE, also when the
 * job runs on two replicas at once, overlaps itself, or dies mid-run. Replicas are threads here;
 * what makes it exactly once is in the database (the notice's key, the batch's row locks), which
 * threads and replicas share alike.
 */
@QuarkusTest
class OverdueNoticeJobTest {

    static final String COUNTY = "340111";
    static final String AUTHORITY = "HC-" + COUNTY;

    @Inject
    LedgerJob job;

    @Inject
    EntityManager em;

    static List<Map<String, Object>> notices(Set<String> usccs) {
        List<Map<String, Object>> all = given().auth().oauth2(Tokens.authority(AUTHORITY))
                .get("/api/v1/authorities/" + AUTHORITY + "/inbox?limit=500")
                .then().statusCode(200).extract().path("entries.findAll { it.kind == 'OVERDUE_NOTICE' }");
        return all.stream().filter(n -> usccs.contains(((Map<?, ?>) n.get("institution")).get("uscc"))).toList();
    }

    @Test
    void shouldNoticeEachOverdueObligationExactlyOnceWhateverRunsTheJob() throws Exception {
        Set<String> usccs = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String uscc = Fixtures.registerInstitution(COUNTY, null, false, false);
            usccs.add(uscc);
            given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                    .body(ObligationLedgerFlowTest.levelThreeFiling("INITIAL", ObligationLedgerFlowTest.TODAY.minusMonths(14 + i)))
                    .post("/api/v1/mlps-filings").then().statusCode(201);
        }
        // The filings' ledgers derived, as the catch-up job does within seconds (LedgerCatchUpTest).
        job.catchUp();
        Instant now = LegalTime.now();

        // A run that dies mid-batch: nothing it wrote stays, neither a notice nor an inbox entry.
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2, job.noticeBatch(AUTHORITY, now, 2).noticed());
            throw new IllegalStateException("the replica died before commit");
        }));
        assertEquals(0, notices(usccs).size());

        // A run that commits one batch and dies before the next.
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> job.noticeBatch(AUTHORITY, now, 1)).noticed());
        assertEquals(1, notices(usccs).size());

        // Four replicas at once, each overlapping the others, one obligation per batch.
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(replicas.submit(() -> {
                start.await();
                return job.sweep(AUTHORITY, now, 1);
            }));
        }
        start.countDown();
        int noticed = 0;
        for (Future<Integer> run : runs) {
            noticed += run.get(60, TimeUnit.SECONDS);
        }
        replicas.shutdown();
        assertEquals(4, noticed, "the four left, between them");

        List<Map<String, Object>> notices = notices(usccs);
        assertEquals(5, notices.size());
        Set<Object> obligations = new HashSet<>();
        notices.forEach(n -> obligations.add(((Map<?, ?>) n.get("obligation")).get("id")));
        assertEquals(5, obligations.size(), "one notice per obligation");
        notices.forEach(n -> assertEquals("LEVEL_ASSESSMENT", ((Map<?, ?>) n.get("obligation")).get("kind")));

        // Later runs, and a run that re-derives every ledger first, add nothing.
        assertEquals(0, job.sweep(AUTHORITY, LegalTime.now(), 200));
        usccs.forEach(uscc -> given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Fixtures.institutionJson("测试医院", COUNTY, null, false, false)).put("/api/v1/institutions/" + uscc)
                .then().statusCode(200));
        assertEquals(0, job.sweep(AUTHORITY, LegalTime.now(), 200));
        assertEquals(5, notices(usccs).size());
    }

    @Test
    void shouldDeriveEveryStaleLedgerAgain() {
        String uscc = Fixtures.registerInstitution(COUNTY, null, false, false);
        // Derived under an earlier policy: reads do not derive it again (only a ledger a filing
        // changed is derived by its reader, LedgerCatchUpTest); the job does.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update obligation_ledger set derivation = 'an earlier policy' where institution_uscc = :uscc").setParameter("uscc", uscc).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from obligation where institution_uscc = :uscc").setParameter("uscc", uscc).executeUpdate());
        given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/obligations")
                .then().statusCode(200).body("entries.size()", org.hamcrest.Matchers.equalTo(0));
        job.refreshStale(LegalTime.now(), 2);
        List<String> kinds = given().auth().oauth2(Tokens.institution(uscc)).get("/api/v1/institutions/" + uscc + "/obligations")
                .then().statusCode(200).extract().path("entries.kind");
        assertEquals(Set.of("CATALOGUE_REVIEW", "RISK_ASSESSMENT_REPORT", "SELF_INSPECTION_REPORT", "PERSONAL_INFORMATION_AUDIT"),
                Set.copyOf(kinds));
        assertEquals(LocalDate.now(LegalTime.ZONE).plusMonths(12).toString(), given().auth().oauth2(Tokens.institution(uscc))
                .get("/api/v1/institutions/" + uscc + "/obligations?kind=CATALOGUE_REVIEW").then().extract().path("entries[0].dueOn"));
    }
}
