package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.authority.AuthorityId;
import cn.healthsec.reporting.security.Caller;
import cn.healthsec.reporting.security.Role;
import cn.healthsec.reporting.submission.api.SubmissionSummary;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An authority's submission listing is the merge of three indexed streams (V22: what it supervises,
 * what was delivered to it, what it may see through a delivered relative); the rule of who may see
 * what is {@link Visibility#maySee}. This test pages through every authority's listing, two
 * rows a page, and compares it with that rule applied to each submission one by one — after a
 * an incident whose update brings in the cyberspace administration, an institution supervised by its
 * province, and an institution moved to its prefecture's commission whose returned filing is amended
 * into a version that reaches the new supervisor. Works in Xining (6301xx), where no other test
 * registers institutions.
 */
@QuarkusTest
class SubmissionListingTest {

    static final String A = "630102";
    static final String B = "630103";

    @Inject
    SubmissionQueries queries;

    @Inject
    Visibility visibility;

    @Inject
    EntityManager em;

    @Test
    void shouldListForEveryAuthorityExactlyWhatTheRuleLetsItSee() {
        Instant start = Instant.now().minusSeconds(1);
        String x = Fixtures.registerInstitution(A, null);
        String y = Fixtures.registerInstitution(A, "HC-630000");
        String z = Fixtures.registerInstitution(B, null);

        String v1 = SubmissionLifecycleFlowTest.file(Tokens.institution(x), SubmissionLifecycleFlowTest.filing(false)).path("id");
        // x: an incident whose update reaches the province's cyberspace administration, which the initial report did not.
        String incident = post(x, "/api/v1/incidents", Fixtures.ransomware(0.5, "GENERAL", 1000, null)).path("id");
        String update = post(x, "/api/v1/incidents/" + incident + "/updates",
                "{\"summary\": \"泄露范围扩大\", \"impact\": {\"personalInformationSubjectsLeaked\": 2000000}}").path("id");
        SubmissionLifecycleFlowTest.file(Tokens.institution(y), SubmissionLifecycleFlowTest.filing(true));
        String zs = SubmissionLifecycleFlowTest.file(Tokens.institution(z), SubmissionLifecycleFlowTest.filing(false)).path("id");
        assertEquals(Set.of("HC-" + A), supervisors(x), "the supervisor as the registry has it");
        assertEquals(Set.of("HC-630000"), supervisors(y));

        // x moves to its prefecture's commission: its submissions' copies follow.
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Fixtures.institutionJson("测试医院", A, "HC-630100"))
                .put("/api/v1/institutions/" + x).then().statusCode(200);
        assertEquals(Set.of("HC-630100"), supervisors(x), "every submission of a moved institution follows it");
        // The county returns the filing it received; the amendment reaches x's new supervisor, and the county as an earlier recipient.
        String returned = SubmissionLifecycleFlowTest.decide("HC-" + A, v1, SubmissionLifecycleFlowTest.etag(Tokens.institution(x), v1),
                SubmissionLifecycleFlowTest.RETURN).then().statusCode(201).extract().header("ETag");
        String v2 = SubmissionLifecycleFlowTest.amend(Tokens.institution(x), v1, returned, SubmissionLifecycleFlowTest.filing(true))
                .then().statusCode(201).extract().path("id");
        SubmissionLifecycleFlowTest.file(Tokens.institution(x), SubmissionLifecycleFlowTest.filing(false));
        assertEquals(Set.of("HC-630100"), supervisors(x), "a filing after the move copies the new supervisor");

        // The relatives that were not delivered: the initial report to the administration the update
        // reached, the first version to the commission the second reached; the update and the second
        // version to no one (each reached every recipient of its relative).
        assertEquals(Set.of("CAC-630000"), relativeRecipients(incident), "the initial report, seen through the update");
        assertEquals(Set.of("HC-630100"), relativeRecipients(v1), "the first version, seen through the second");
        assertEquals(Set.of(), relativeRecipients(update));
        assertEquals(Set.of(), relativeRecipients(v2));

        List<SubmissionEntity> mine = QuarkusTransaction.requiringNew().call(() -> SubmissionEntity.<SubmissionEntity>list(
                "institutionUscc in ?1", List.of(x, y, z)));
        assertEquals(7, mine.size());
        int compared = 0;
        for (String authority : List.of("HC-" + A, "HC-" + B, "HC-630100", "HC-630000", "NHC", "PSB-" + A, "PSB-" + B, "CAC-630000",
                "CAC-630100", "HC-110105")) {
            for (String type : new String[] {null, "INCIDENT_REPORT"}) {
                Set<String> expected = new TreeSet<>();
                for (SubmissionEntity s : mine) {
                    Caller caller = new Caller("listing-test", Role.AUTHORITY, null, AuthorityId.parse(authority).orElseThrow());
                    boolean visible = QuarkusTransaction.requiringNew().call(() -> visibility.maySee(caller, s.institutionUscc, visibility.related(s)));
                    if (visible && (type == null || type.equals(s.type.name()))) {
                        expected.add(s.id.toString());
                    }
                }
                Set<String> listed = new TreeSet<>(listAll(authority, start, type));
                listed.retainAll(mine.stream().map(s -> s.id.toString()).toList());
                assertEquals(expected, listed, authority + " lists what it may see" + (type == null ? "" : " of " + type));
                compared += expected.size();
            }
        }
        assertTrue(compared > 20, "the authorities see a good part of the record: " + compared);
        assertTrue(listAll("CAC-630000", start, null).contains(incident), "the administration lists the initial report through the update");
        assertTrue(listAll("HC-630100", start, null).containsAll(List.of(v1, v2)), "the new supervisor lists both versions");
        assertEquals(List.of(zs), listAll("HC-" + B, start, null).stream().filter(id -> mine.stream().anyMatch(s -> s.id.toString().equals(id)))
                .toList(), "the other county's commission, its own institution's filing alone");
        // The listings read a summary's columns, not the entity: each entry says what the submission's own summary says.
        assertListedAsSummarised(Tokens.authority("HC-630100"), start, mine);
        assertListedAsSummarised(Tokens.institution(x), start, mine);
    }

    private static void assertListedAsSummarised(String token, Instant start, List<SubmissionEntity> mine) {
        List<Map<String, Object>> entries = given().auth().oauth2(token).queryParam("since", start.toString()).queryParam("limit", 100)
                .get("/api/v1/submissions").then().statusCode(200).extract().path("entries");
        int checked = 0;
        for (Map<String, Object> e : entries) {
            SubmissionEntity s = mine.stream().filter(m -> m.id.toString().equals(e.get("id"))).findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            SubmissionSummary expected = SubmissionQueries.summaryOf(s);
            String what = s.reference + " listed";
            assertEquals(expected.reference(), e.get("reference"), what);
            assertEquals(expected.type(), e.get("type"), what);
            assertEquals(expected.institution(), e.get("institution"), what);
            assertTrue(expected.receivedAt().isEqual(OffsetDateTime.parse((String) e.get("receivedAt"))), what);
            assertEquals(expected.status(), e.get("status"), what);
            assertEquals(expected.version(), e.get("version"), what);
            assertEquals(expected.decision(), e.get("decision"), what);
            assertEquals(Map.of("subject", expected.filedBy().subject(), "role", expected.filedBy().role()), e.get("filedBy"), what);
            checked++;
        }
        assertTrue(checked >= 4, "compared " + checked);
        assertTrue(mine.stream().anyMatch(s -> s.state != null && s.decision != null), "a decided submission among them");
    }

    /** Every page of the authority's listing since {@code start}, two at a time, in order; the order checked as it goes. */
    private static List<String> listAll(String authority, Instant start, String type) {
        List<String> ids = new ArrayList<>();
        String after = null;
        OffsetDateTime lastAt = null;
        String lastId = null;
        for (int page = 0; page < 200; page++) {
            var request = given().auth().oauth2(Tokens.authority(authority)).queryParam("since", start.toString()).queryParam("limit", 2);
            if (type != null) {
                request.queryParam("type", type);
            }
            if (after != null) {
                request.queryParam("after", after);
            }
            Response r = request.get("/api/v1/submissions").then().statusCode(200).extract().response();
            List<Map<String, Object>> entries = r.path("entries");
            for (Map<String, Object> e : entries) {
                OffsetDateTime at = OffsetDateTime.parse((String) e.get("receivedAt"));
                String id = (String) e.get("id");
                assertTrue(lastAt == null || at.isAfter(lastAt) || (at.isEqual(lastAt) && UUID.fromString(id).compareTo(UUID.fromString(lastId)) > 0),
                        authority + ": in received order, without repeats");
                lastAt = at;
                lastId = id;
                ids.add(id);
            }
            after = r.path("next");
            if (after == null) {
                return ids;
            }
        }
        throw new AssertionError(authority + ": more than 200 pages");
    }

    private static Response post(String uscc, String path, String body) {
        return given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json").body(body).post(path)
                .then().statusCode(201).extract().response();
    }

    private Set<String> relativeRecipients(String id) {
        return QuarkusTransaction.requiringNew().call(() -> new TreeSet<>(em.createNativeQuery(
                "select authority_id from delivered_relative where submission_id = cast(:id as uuid)", String.class)
                .setParameter("id", id).getResultList()));
    }

    private Set<String> supervisors(String uscc) {
        return QuarkusTransaction.requiringNew().call(() -> new TreeSet<>(em.createNativeQuery(
                "select distinct supervising_authority_id from submission where institution_uscc = :uscc", String.class)
                .setParameter("uscc", uscc).getResultList()));
    }
}
