package cn.healthsec.reporting;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Processes;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: two replicas of the packaged service on one database (schema {@code healthsec_replicas}),
 * as the Helm chart runs them. Concurrent filings go to both; two inbox consumers of the same
 * commission each read and acknowledge through a different replica; the ledger job and the audit
 * sealer run on both every two seconds; midway one replica gets SIGTERM (graceful shutdown) and its
 * clients retry on the other with their keys. Reported and asserted: no filing lost or doubled, no
 * inbox entry lost, none shown as unacknowledged after its acknowledgement, every overdue notice
 * made once, the audit trail intact, and the stopped replica's requests in flight answered.
 */
class ReplicasIT {

    private static final Logger LOG = Logger.getLogger(ReplicasIT.class);

    static final String COUNTY = "360121";
    static final String AUTHORITY = "HC-" + COUNTY;
    static final String SCHEMA = "healthsec_replicas";
    static final int WRITERS = 8;
    static final ObjectMapper JSON = new ObjectMapper();

    static final int[] ports = new int[2];
    static final Process[] replicas = new Process[2];

    @BeforeAll
    static void start() throws Exception {
        for (int i = 0; i < 2; i++) {
            ports[i] = Processes.freePort();
            Map<String, String> env = new HashMap<>();
            env.put("HEALTHSEC_DB_SCHEMA", SCHEMA);
            // The first replica starts from an empty schema; the second finds it migrated (Flyway's lock).
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(i == 0));
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
            env.put("HEALTHSEC_OBLIGATIONS_JOB_EVERY", "2s");
            env.put("HEALTHSEC_OBLIGATIONS_JOB_DELAY", "1s");
            env.put("HEALTHSEC_AUDIT_SEAL_EVERY", "2s");
            env.put("HEALTHSEC_AUDIT_SEAL_DELAY", "1s");
            env.put("QUARKUS_SHUTDOWN_TIMEOUT", "20s");
            replicas[i] = Processes.service(ports[i], env, "target/replicas-it-" + i + ".log");
            Processes.awaitOk(url(i, "/q/health/ready"), 90);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process p : replicas) {
            Processes.stop(p);
        }
    }

    @Test
    void shouldLoseNothingAndDoNothingTwiceAcrossTwoReplicasAndAGracefulStop() throws Exception {
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String uscc = Fixtures.uscc(COUNTY);
            assertEquals(201, send(i % 2, "PUT", "/api/v1/institutions/" + uscc, Tokens.admin(),
                    Fixtures.institutionJson("南昌县测试医院", COUNTY, null, false, false), null).statusCode());
            usccs.add(uscc);
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicBoolean consuming = new AtomicBoolean(true);
        AtomicBoolean secondDown = new AtomicBoolean(false);
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        Set<String> retried = ConcurrentHashMap.newKeySet();
        AtomicInteger inFlightAtStop = new AtomicInteger();
        AtomicInteger answeredDuringStop = new AtomicInteger();
        Map<Integer, Integer> inFlightStatuses = new ConcurrentHashMap<>();
        AtomicInteger refusedAtStop = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong stopAtNanos = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        Map<Long, Long> ackedAt = new ConcurrentHashMap<>();
        List<String> violations = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                String token = Tokens.institution(usccs.get(writer % usccs.size()));
                for (int i = 0; writing.get(); i++) {
                    String key = "replica-" + writer + "-" + i;
                    int target = writer % 2 == 1 && !secondDown.get() ? 1 : 0;
                    String body = Fixtures.levelThreeFiling("INITIAL", LocalDate.now().minusMonths(15));
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = send(target, "POST", "/api/v1/mlps-filings", token, body, key).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    boolean acrossTheStop = target == 1 && sent < stopAtNanos.get() && System.nanoTime() > stopAtNanos.get();
                    int first = status;
                    if (status == -1 || status == 503) {
                        // The replica went away or is shutting down: the same request, with its key, to the other.
                        retried.add(key);
                        status = send(0, "POST", "/api/v1/mlps-filings", token, body, key).statusCode();
                    }
                    if (acrossTheStop && (first == 503 || first == -1 && status == 201)) {
                        // Sent before SIGTERM by this clock but never taken by the replica: refused as a new
                        // request (503, graceful shutdown), or its connection closed before the HTTP layer had
                        // it (Netty: "Failed to register an accepted channel") — the retry on the other replica
                        // is the first to store the key (201). Not in flight on the replica.
                        refusedAtStop.incrementAndGet();
                    } else if (acrossTheStop) {
                        // In flight on the replica when it got SIGTERM: graceful shutdown lets it finish and
                        // answer. No answer (-1) while the replica had stored the filing (the retry replays
                        // it: 200) is an answer lost, and counts as not finished.
                        inFlightAtStop.incrementAndGet();
                        inFlightStatuses.merge(first, 1, Integer::sum);
                        if (first == 201 || first == 200) {
                            answeredDuringStop.incrementAndGet();
                        }
                    }
                    answers.put(key, status);
                }
                return null;
            }));
        }
        for (int c = 0; c < 2; c++) {
            int consumer = c;
            work.add(pool.submit(() -> {
                String token = Tokens.authority(AUTHORITY);
                int emptyRounds = 0;
                while (consuming.get() || emptyRounds < 3) {
                    int target = consumer == 1 && !secondDown.get() ? 1 : 0;
                    long asked = System.nanoTime();
                    JsonNode page;
                    try {
                        page = JSON.readTree(send(target, "GET", "/api/v1/authorities/" + AUTHORITY + "/inbox?acknowledged=false&limit=50",
                                token, null, null).body());
                    } catch (IOException e) {
                        continue;
                    }
                    reads.incrementAndGet();
                    emptyRounds = page.path("entries").isEmpty() ? emptyRounds + 1 : 0;
                    for (JsonNode entry : page.path("entries")) {
                        long id = entry.path("id").asLong();
                        Long acked = ackedAt.get(id);
                        if (acked != null && acked < asked) {
                            synchronized (violations) {
                                violations.add("entry " + id + " shown unacknowledged after its acknowledgement");
                            }
                        }
                        try {
                            HttpResponse<String> ack = send(target, "POST", "/api/v1/authorities/" + AUTHORITY + "/inbox/" + id + "/ack", token, null, null);
                            if (ack.statusCode() == 200) {
                                ackedAt.putIfAbsent(id, System.nanoTime());
                            }
                        } catch (IOException e) {
                            // acknowledged through the other replica on a later round
                        }
                    }
                    Thread.sleep(emptyRounds > 0 ? 300 : 0);
                }
                return null;
            }));
        }

        Thread.sleep(4_000);
        long stopAt = System.nanoTime();
        stopAtNanos.set(stopAt);
        replicas[1].destroy();   // SIGTERM: graceful shutdown; its clients keep sending to it until it is gone
        boolean exited = replicas[1].waitFor(30, TimeUnit.SECONDS);
        double stopSeconds = (System.nanoTime() - stopAt) / 1e9;
        if (!exited) {
            // What held the stop: the replica's threads, for the failure below to be read, not guessed at.
            Path dump = Paths.get("target/replicas-it-1-threads.txt");
            new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin/jcmd").toString(), Long.toString(replicas[1].pid()),
                    "Thread.print").redirectErrorStream(true).redirectOutput(dump.toFile()).start().waitFor(20, TimeUnit.SECONDS);
            LOG.errorf("[replicas] the replica did not stop 30 s after SIGTERM; its threads:%n%s", Files.readString(dump));
        }
        secondDown.set(true);
        Thread.sleep(4_000);
        writing.set(false);
        Thread.sleep(500);
        consuming.set(false);
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long filings;
        long entries;
        long acknowledged;
        long allEntries;
        long notices;
        long noticedObligations;
        long unackedLeft;
        try (Connection c = DriverManager.getConnection(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                System.getenv("QUARKUS_DATASOURCE_USERNAME"), "");
             Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            filings = one(s, "select count(*) from idempotency_record where idempotency_key like 'replica-%'");
            entries = one(s, "select count(*) from inbox_entry e join idempotency_record i on i.submission_id = e.submission_id "
                    + "where e.authority_id = '" + AUTHORITY + "' and i.idempotency_key like 'replica-%'");
            acknowledged = one(s, "select count(*) from inbox_entry where authority_id = '" + AUTHORITY + "' and acknowledged_at is not null");
            allEntries = one(s, "select count(*) from inbox_entry where authority_id = '" + AUTHORITY + "'");
            unackedLeft = one(s, "select count(*) from inbox_entry where authority_id = '" + AUTHORITY + "' and acknowledged_at is null");
            notices = one(s, "select count(*) from overdue_notice");
            noticedObligations = one(s, "select count(distinct (obligation_id, overdue_from)) from overdue_notice");
        }
        JsonNode audit = JSON.readTree(send(0, "GET", "/api/v1/audit/verify", Tokens.admin(), null, null).body());
        String stoppedLog = Files.readString(Paths.get("target/replicas-it-1.log"));
        long ok = answers.values().stream().filter(s -> s == 201 || s == 200).count();

        LOG.infof("[replicas] 2 replicas, %d writers, 2 consumers: %d filings sent, %d answered with a receipt, %d retried on the other "
                        + "replica after SIGTERM; %d submissions on record, %d inbox entries for %s, %d acknowledged by the consumers "
                        + "of %d (%d reads), %d left unacknowledged, %d shown again after their acknowledgement; overdue notices %d for %d "
                        + "obligations; replica stopped gracefully in %.1f s (exited: %s), %d of the %d requests in flight on it at "
                        + "SIGTERM answered with a receipt, %d sent before it but never taken by it (503, or no connection to its HTTP layer) and retried; audit trail %s (%d seals, %d records)",
                WRITERS, answers.size(), ok, retried.size(), filings, entries, AUTHORITY, ackedAt.size(), allEntries, reads.get(), unackedLeft,
                violations.size(), notices, noticedObligations, stopSeconds, exited, answeredDuringStop.get(), inFlightAtStop.get(), refusedAtStop.get(),
                audit.path("status").asText(), audit.path("sealsVerified").asLong(), audit.path("recordsVerified").asLong());

        assertEquals(answers.size(), ok, "every filing got a receipt, from one replica or the other: " + answers.values());
        assertEquals(answers.size(), filings, "one submission per key: none lost, none doubled");
        assertEquals(filings, entries, "every submission reached the commission's inbox once");
        assertEquals(0, unackedLeft, "the consumers acknowledged every entry");
        assertEquals(allEntries, acknowledged, "submissions and overdue notices alike");
        assertEquals(allEntries, ackedAt.size(), "each acknowledged by a consumer");
        assertEquals(List.of(), violations);
        assertTrue(notices > 0, "the ledger jobs noticed the overdue assessments");
        assertEquals(noticedObligations, notices, "each overdue obligation noticed once, whichever replica ran the job");
        assertEquals("INTACT", audit.path("status").asText(), audit.toString());
        assertTrue(exited, "SIGTERM stopped the replica (threads in target/replicas-it-1-threads.txt)");
        assertEquals(inFlightAtStop.get(), answeredDuringStop.get(), "requests in flight at SIGTERM finished: " + inFlightStatuses);
        assertTrue(stoppedLog.contains("stopped in"), "a graceful stop, not a kill");
        assertTrue(stoppedLog.contains("All HTTP requests complete"), "the replica finished every request it had taken");
    }

    static String url(int replica, String path) {
        return "http://127.0.0.1:" + ports[replica] + path;
    }

    static HttpResponse<String> send(int replica, String method, String path, String token, String body, String key) throws IOException {
        return Processes.send(ports[replica], method, path, token, body, key);
    }

    static long one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
