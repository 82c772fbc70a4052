package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: a filing counts a change on its institution's ledger instead of deriving it in its own
 * transaction; the ledger is derived by the catch-up job or by the first read that needs it, and a
 * derivation that raced a filing leaves the ledger stale, so no filing's change is lost.
 */
@QuarkusTest
class LedgerCatchUpTest {

    /** Wuhu, Jinghu district: no other test registers institutions there. */
    static final String COUNTY = "340202";

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    LedgerJob job;

    record State(boolean stale, long changes, long obligations) {
    }

    State state(String uscc) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select l.stale, l.changes, (select count(*) from obligation o"
                    + " where o.institution_uscc = l.institution_uscc) from obligation_ledger l where l.institution_uscc = :uscc")
                    .setParameter("uscc", uscc).getSingleResult();
            return new State((Boolean) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
        });
    }

    static void file(String uscc, String network) {
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(ObligationLedgerFlowTest.levelThreeFiling("INITIAL", ObligationLedgerFlowTest.TODAY.minusMonths(3)).replace("his-core", network))
                .post("/api/v1/mlps-filings").then().statusCode(201);
    }

    @Test
    void shouldLeaveTheDerivationToTheFirstReadOrToTheCatchUp() {
        String read = Fixtures.registerInstitution(COUNTY, null, false, false);
        State registered = state(read);
        file(read, "his-core");
        State filed = state(read);
        assertTrue(filed.stale(), "a filing leaves its ledger to be derived");
        assertEquals(registered.changes() + 1, filed.changes());
        assertEquals(registered.obligations(), filed.obligations(), "nothing derived in the filing's transaction");

        // The institution's read derives first: it sees the filing's obligations.
        List<String> kinds = given().auth().oauth2(Tokens.institution(read)).get("/api/v1/institutions/" + read + "/obligations")
                .then().statusCode(200).extract().path("entries.kind");
        assertTrue(kinds.contains("LEVEL_ASSESSMENT"), "kinds: " + kinds);
        assertFalse(state(read).stale());

        // A jurisdiction's read derives every changed ledger of its jurisdiction first.
        String jurisdiction = Fixtures.registerInstitution(COUNTY, null, false, false);
        file(jurisdiction, "his-core");
        assertTrue(state(jurisdiction).stale());
        given().auth().oauth2(Tokens.authority("HC-" + COUNTY)).get("/api/v1/authorities/HC-" + COUNTY + "/obligations")
                .then().statusCode(200);
        assertFalse(state(jurisdiction).stale());
        assertTrue(state(jurisdiction).obligations() > registered.obligations());

        // Nobody reads: the catch-up job derives it.
        String unread = Fixtures.registerInstitution(COUNTY, null, false, false);
        file(unread, "his-core");
        assertTrue(state(unread).stale());
        job.catchUp();
        assertFalse(state(unread).stale());
        assertTrue(state(unread).obligations() > registered.obligations());
    }

    @Test
    void shouldLeaveTheLedgerStaleWhenAFilingCommitsDuringItsDerivation() throws Exception {
        String uscc = Fixtures.registerInstitution(COUNTY, null, false, false);
        long before = state(uscc).changes();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch counted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // A filing has counted its change and not yet committed (the statement Ledger.onFiled runs).
        Future<?> filing = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update obligation_ledger set stale = true, changes = changes + 1 where institution_uscc = :uscc")
                    .setParameter("uscc", uscc).executeUpdate();
            counted.countDown();
            try {
                assertTrue(commit.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertTrue(counted.await(30, TimeUnit.SECONDS));
        // A derivation starts now: it cannot see the filing, and its store waits on the filing's row.
        Future<?> derivation = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> ledger.derive(uscc)));
        Thread.sleep(500);
        assertFalse(derivation.isDone(), "the derivation waits for the filing's row");
        commit.countDown();
        filing.get(30, TimeUnit.SECONDS);
        derivation.get(30, TimeUnit.SECONDS);
        threads.shutdown();
        State after = state(uscc);
        assertEquals(before + 1, after.changes());
        assertTrue(after.stale(), "the filing committed after the derivation read the record: still to derive");
        job.catchUp();
        assertFalse(state(uscc).stale());
    }

    @Test
    void shouldWalkPastALedgerItCannotDeriveAndDeriveTheOthers() {
        // A ledger row whose institution is not registered: derive finds no institution and leaves
        // it stale. Each round walks past it once instead of selecting it again and again.
        String unregistered = "00000000000000000X";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into obligation_ledger (institution_uscc, derived_at,"
                + " derivation, stale, changes) values (:uscc, now(), '', true, 1) on conflict (institution_uscc) do update set stale = true")
                .setParameter("uscc", unregistered).executeUpdate());
        String uscc = Fixtures.registerInstitution(COUNTY, null, false, false);
        file(uscc, "his-core");
        assertTrue(state(uscc).stale());
        job.catchUp();
        assertFalse(state(uscc).stale(), "derived, past the one it could not derive");
        assertTrue(state(unregistered).stale());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from obligation_ledger where institution_uscc = :uscc")
                .setParameter("uscc", unregistered).executeUpdate());
    }
}
