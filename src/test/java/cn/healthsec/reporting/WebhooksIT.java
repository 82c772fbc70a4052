package cn.healthsec.reporting;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Processes;
import cn.healthsec.reporting.support.Tokens;
import cn.healthsec.reporting.support.WebhookReceiver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25 §4 with the packaged service, as the chart runs it (prod profile, configured by
 * environment variables, schema {@code healthsec_webhooks}):
 * <ol>
 *   <li>{@code kill -9} between commit and send: a replica that sends nothing takes filings (201),
 *   is killed, and another replica delivers every event, in order, signed;</li>
 *   <li>two replicas sending at once to one slow portal: never two requests in flight to one
 *   subscription, every event once, in order.</li>
 * </ol>
 */
class WebhooksIT {

    private static final Logger LOG = Logger.getLogger(WebhooksIT.class);
    static final String SCHEMA = "healthsec_webhooks";
    static final ObjectMapper JSON = new ObjectMapper();

    final List<Process> replicas = new ArrayList<>();
    WebhookReceiver portal;

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : replicas) {
            Processes.stop(p);
        }
        if (portal != null) {
            portal.close();
        }
    }

    /** A replica on a free port; the first of a test empties the schema. */
    int replica(boolean clean, boolean sending, String log) throws Exception {
        int port = Processes.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("HEALTHSEC_DB_SCHEMA", SCHEMA);
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(clean));
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        // The portal runs beside the test, on this machine: http and loopback allowed for it alone.
        env.put("HEALTHSEC_WEBHOOKS_ALLOW_HTTP_HOSTS", "127.0.0.1");
        env.put("HEALTHSEC_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");
        env.put("HEALTHSEC_WEBHOOKS_SEND_EVERY", sending ? "1s" : "off");
        env.put("HEALTHSEC_WEBHOOKS_SEND_DELAY", "0s");
        replicas.add(Processes.service(port, env, log));
        Processes.awaitOk("http://127.0.0.1:" + port + "/q/health/ready", 90);
        return port;
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static List<String> file(int port, String uscc, int n) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = Processes.send(port, "POST", "/api/v1/mlps-filings", Tokens.institution(uscc),
                    Fixtures.sampleFiling().replace("his-core", "net-" + port + "-" + i), "webhooks-it-" + port + "-" + uscc + "-" + i);
            assertEquals(201, r.statusCode(), r.body());
            ids.add(json(r).path("id").asText());
        }
        return ids;
    }

    static String register(int port, String county) throws Exception {
        String uscc = Fixtures.uscc(county);
        assertEquals(201, Processes.send(port, "PUT", "/api/v1/institutions/" + uscc, Tokens.admin(),
                Fixtures.institutionJson("无锡测试医院", county, null), null).statusCode());
        return uscc;
    }

    static JsonNode subscribe(int port, String authority, String url) throws Exception {
        HttpResponse<String> r = Processes.send(port, "POST", "/api/v1/authorities/" + authority + "/subscriptions",
                Tokens.authority(authority), "{\"url\": \"" + url + "\", \"types\": [\"cn.healthsec.inbox.entry.created\"]}", null);
        assertEquals(201, r.statusCode(), r.body());
        return json(r);
    }

    /** Waits until the portal accepted {@code n} events at {@code path}, or the time is up. */
    void awaitAccepted(String path, int n, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (portal.accepted(path).size() < n && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    static List<String> submissions(List<WebhookReceiver.Received> received) {
        return received.stream().map(r -> r.json().path("data").path("submissionId").asText()).toList();
    }

    @Test
    void shouldDeliverWhatCommittedBeforeAKillNine() throws Exception {
        portal = WebhookReceiver.start();
        int first = replica(true, false, "target/webhooks-it-killed.log");
        String county = "320205";
        String uscc = register(first, county);
        JsonNode sub = subscribe(first, "HC-" + county, portal.url("/killed"));
        List<String> filed = file(first, uscc, 5);
        // Committed (each answered 201), and not sent: this replica's sender is off, so no attempt is on record.
        HttpResponse<String> tried = Processes.send(first, "GET", "/api/v1/authorities/HC-" + county + "/subscriptions/"
                + sub.path("id").asText() + "/deliveries", Tokens.authority("HC-" + county), null, null);
        assertEquals(200, tried.statusCode(), tried.body());
        assertEquals(0, json(tried).path("entries").size(), "no attempt before the kill");
        assertEquals(0, portal.at("/killed").size(), "nothing reached the portal before the kill");

        Process killed = replicas.get(0);
        killed.destroyForcibly();
        killed.waitFor();
        long killedAt = System.nanoTime();
        replica(false, true, "target/webhooks-it-after.log");
        awaitAccepted("/killed", filed.size(), Duration.ofSeconds(60));
        double seconds = (System.nanoTime() - killedAt) / 1e9;

        List<WebhookReceiver.Received> got = portal.at("/killed");
        assertEquals(filed, submissions(got), "every event committed before the kill, once, in order");
        String secret = sub.path("secret").asText();
        got.forEach(r -> assertTrue(WebhookReceiver.verify(secret, r), "signed"));
        LOG.infof("[webhooks] kill -9 between commit and send: %d events committed, %d delivered by the next replica %.1f s after the kill",
                filed.size(), got.size(), seconds);
    }

    @Test
    void shouldNeverSendTwiceAtOnceFromTwoReplicas() throws Exception {
        portal = WebhookReceiver.start().slow(Duration.ofMillis(100));
        int a = replica(true, true, "target/webhooks-it-a.log");
        int b = replica(false, true, "target/webhooks-it-b.log");
        String county = "320206";
        String uscc = register(a, county);
        JsonNode sub = subscribe(b, "HC-" + county, portal.url("/two"));
        List<String> filed = new ArrayList<>(file(a, uscc, 10));
        filed.addAll(file(b, uscc, 10));
        awaitAccepted("/two", filed.size(), Duration.ofSeconds(90));

        List<WebhookReceiver.Received> got = portal.at("/two");
        assertEquals(1, portal.maxInFlight("/two"), "never two requests at once to one subscription");
        assertEquals(filed.size(), new LinkedHashSet<>(portal.accepted("/two")).size(), "every event");
        assertEquals(filed, submissions(got), "each once, in inbox order");
        String secret = sub.path("secret").asText();
        got.forEach(r -> assertTrue(WebhookReceiver.verify(secret, r)));
        LOG.infof("[webhooks] two replicas sending every second to one portal answering in 100 ms: %d events, %d requests, at most %d in flight",
                filed.size(), got.size(), portal.maxInFlight("/two"));
    }
}
