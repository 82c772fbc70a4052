package cn.healthsec.reporting.observability;

import cn.healthsec.reporting.audit.AuditMetrics;
import cn.healthsec.reporting.obligation.ObligationMetrics;
import cn.healthsec.reporting.routing.InboxMetrics;
import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.RawHttp;
import cn.healthsec.reporting.support.Tokens;
import cn.healthsec.reporting.web.HttpLimits;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: the metrics an operator alerts on exist on {@code /q/metrics}, and every metric the
 * shipped alert rules ({@code helm/healthsec-reporting/files/alerts.yaml}) and Grafana dashboard
 * ({@code files/dashboard.json}) use is one of them. Institutions in 360112 (Nanchang Xinjian).
 */
@QuarkusTest
class MetricsTest {

    private static final Logger LOG = Logger.getLogger(MetricsTest.class);

    static final Pattern METRIC = Pattern.compile("\\b(healthsec_[a-z_]+|http_server_requests_seconds_[a-z]+)\\b");

    @Inject
    cn.healthsec.reporting.webhook.WebhookMetrics webhooks;

    @Inject
    InboxMetrics inbox;

    @Inject
    ObligationMetrics obligations;

    @Inject
    AuditMetrics audit;

    /**
     * A request the HTTP layer refuses matched no endpoint: it is counted under one uri tag, never
     * its raw path (which any client could vary to spend the registry's 100 uri tags, and which may
     * carry personal data).
     */
    @Test
    void shouldCountARefusedRequestUnderOneUriTagAndNeverItsPath() throws Exception {
        // Three URIs too long, each its own path with an identity number in it, and one malformed path.
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.admin()).get("/api/v1/submissions/refused-" + i + "-110105199003071234?q=" + "A".repeat(HttpLimits.MAX_URI_LENGTH))
                    .then().statusCode(414);
        }
        assertEquals(400, RawHttp.send("GET /api/v1/submissions/refused-%zz HTTP/1.1", null).status());
        // Refused by the REST layer before it chose an endpoint: a method the path does not take, a body it does not read.
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/submissions/refused-405-110105199003071234").then().statusCode(405);
        given().auth().oauth2(Tokens.admin()).contentType("text/plain").body("x")
                .put("/api/v1/institutions/refused-415-110105199003071234").then().statusCode(415);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> requests = metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")).toList();
        assertTrue(requests.stream().noneMatch(l -> l.contains("refused-") || l.contains("110105199003071234")),
                "no refused path among the tags: " + requests);
        assertTrue(requests.stream().anyMatch(l -> l.contains("status=\"414\"") && l.contains("uri=\"" + HttpLimits.REFUSED_URI_TAG + "\"")),
                "the 414s are counted under " + HttpLimits.REFUSED_URI_TAG + ": " + requests);
        assertTrue(requests.stream().anyMatch(l -> l.contains("status=\"400\"") && l.contains("uri=\"" + HttpLimits.REFUSED_URI_TAG + "\"")),
                "the malformed request too");
        assertTrue(requests.stream().anyMatch(l -> l.contains("status=\"405\"") && l.contains("uri=\"" + HttpLimits.REFUSED_URI_TAG + "\"")),
                "the REST layer's 405 too");
    }

    @Test
    void shouldExposeEveryMetricTheAlertsAndTheDashboardUse() throws IOException {
        String uscc = Fixtures.registerInstitution("360112", null);
        // A network with important data filed at level 2: accepted with findings.
        given().auth().oauth2(Tokens.institution(uscc)).contentType("application/json")
                .body(Fixtures.sampleFiling().replace("\"protectionLevel\": 3", "\"protectionLevel\": 2"))
                .post("/api/v1/mlps-filings").then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("ACCEPTED_WITH_FINDINGS"));
        given().get("/api/v1/submissions").then().statusCode(401);
        // A portal subscribed to the commission's inbox, with the filing's entry not delivered yet (nothing sends in tests).
        given().auth().oauth2(Tokens.authority("HC-360112")).contentType("application/json")
                .body("{\"url\": \"http://127.0.0.1:9/metrics\", \"types\": [\"cn.healthsec.inbox.entry.created\"]}")
                .post("/api/v1/authorities/HC-360112/subscriptions").then().statusCode(201);
        inbox.refresh();
        obligations.refresh();
        audit.refresh();
        webhooks.refresh();

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> exposed = new TreeSet<>();
        metrics.lines().filter(l -> !l.startsWith("#")).forEach(l -> exposed.add(l.split("[{ ]")[0]));

        Set<String> used = new TreeSet<>();
        for (String file : List.of("helm/healthsec-reporting/files/alerts.yaml", "helm/healthsec-reporting/files/dashboard.json")) {
            Matcher m = METRIC.matcher(Files.readString(Paths.get(file)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        List<String> missing = new ArrayList<>(used);
        missing.removeAll(exposed);
        LOG.infof("[metrics] the alert rules and the dashboard use %d metrics, all on /q/metrics: %s", used.size(), used);
        assertEquals(List.of(), missing, "metrics the alerts or dashboard use that /q/metrics does not have");
        assertTrue(used.size() >= 9, used.toString());

        assertTrue(metrics.contains("healthsec_submissions_total{outcome=\"accepted_with_findings\",type=\"MLPS_FILING\"}"), "by type and outcome");
        assertTrue(metrics.contains("healthsec_refusals_total{problem=\"unauthenticated\"}"), "by problem type");
        assertTrue(metrics.contains("healthsec_inbox_unacknowledged{authority=\"HC-360112\"}"), "per authority");
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{"), "latency histograms");
        assertTrue(metrics.contains("healthsec_webhook_oldest_undelivered_seconds{subscription=\""), "per subscription");
        assertTrue(metrics.contains("healthsec_webhook_attempts_total{result=\"http_5xx\"}"), "attempts by result, from the start");
        assertTrue(!metrics.contains(uscc), "no institution in a label");
    }
}
