package cn.healthsec.reporting;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Processes;
import cn.healthsec.reporting.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §5: faults, as tests that report numbers. A private PostgreSQL cluster (initdb into a
 * temporary directory, on a free loopback port — never the shared one; from the same Maven artifacts
 * as the build's default database, so nothing needs to be installed) and the packaged service:
 *
 * <ol>
 *   <li>{@code kill -9} of the service during a load of concurrent MLPS filings, each with its own
 *   {@code Idempotency-Key}; restart; every request that got no answer is sent again with its key.
 *   Reported: sent, 201 before the crash, unanswered, the retries' answers, found in the database,
 *   duplicates and lost (acknowledged but not found) — the last two must be 0.</li>
 *   <li>The database stopped ({@code pg_ctl stop -m immediate}, a crash) during a load: the service
 *   answers 503 with {@code Retry-After} and readiness goes DOWN; when the database is back, the time
 *   until the first filing is accepted again. Everything retried with its key; nothing lost or doubled.</li>
 * </ol>
 */
class FaultsIT {

    private static final Logger LOG = Logger.getLogger(FaultsIT.class);

    static final String DIVISION = "360103";
    static final Path SERVER_LOG = Paths.get("target", "faults-it-postgres.log");
    /** The private cluster's settings: loopback only, no socket file, no commit answered before its WAL is written. */
    static final Map<String, String> SERVER_CONFIG = Map.of(
            "listen_addresses", "127.0.0.1", "unix_socket_directories", "", "max_connections", "60", "synchronous_commit", "on");
    static final int WRITERS = 8;

    static Path data;
    static Path bin;
    static EmbeddedPostgres cluster;
    static int pgPort;
    static int port;
    static Process service;
    static String uscc;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("healthsec-faults-pg");
        pgPort = Processes.freePort();
        // initdb and the first start by the library (as root, in a user namespace: PostgreSQL refuses
        // root); the crash and the restart below by pg_ctl from the same binaries, as an operator would.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).setPort(pgPort)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(SERVER_LOG.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(SERVER_LOG.toFile()));
        SERVER_CONFIG.forEach(builder::setServerConfig);
        cluster = builder.start();
        bin = Paths.get("/proc", Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim(), "exe").toRealPath().getParent();
        port = Processes.freePort();
        // Migrations run once as the database's owner, the way the Helm chart's migration Job runs them
        // (QUARKUS_INIT_AND_EXIT: migrate, then exit; no identity provider needed); from then on the
        // service runs as a login that is only a member of healthsec_app, as in production.
        Map<String, String> migrate = new HashMap<>(database("postgres"));
        migrate.put("QUARKUS_INIT_AND_EXIT", "true");
        migrate.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "true");
        migrate.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        Process migration = Processes.service(Processes.freePort(), migrate, "target/faults-it-service.log");
        assertTrue(migration.waitFor(120, TimeUnit.SECONDS), "the migration run exits");
        assertEquals(0, migration.exitValue(), "the migration run succeeds");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "")) {
            c.createStatement().execute("create role reporting_service login in role healthsec_app");
        }
        service = startService();
        uscc = Fixtures.uscc(DIVISION);
        HttpResponse<String> r = send("PUT", "/api/v1/institutions/" + uscc, Tokens.admin(),
                Fixtures.institutionJson("东湖区故障测试医院", DIVISION, null), null);
        assertEquals(201, r.statusCode(), r.body());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            verifyTheAuditTrail();
        } finally {
            Processes.stop(service);
            cluster.close(); // stops the server and removes its data directory
        }
    }

    @Test
    void shouldLoseAndDoubleNothingWhenTheServiceIsKilledDuringALoad() throws Exception {
        String token = Tokens.institution(uscc);
        long before = count("select count(*) from healthsec.submission where institution_uscc = ?");
        Map<String, Integer> firstAnswers = new ConcurrentHashMap<>();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    String key = "crash-" + writer + "-" + i;
                    sent.incrementAndGet();
                    try {
                        firstAnswers.put(key, send("POST", "/api/v1/mlps-filings", token, Fixtures.sampleFiling(), key).statusCode());
                    } catch (IOException e) {
                        unanswered.add(key);
                        return null;
                    }
                }
                return null;
            });
        }
        Thread.sleep(3_000);
        long killedAt = System.nanoTime();
        service.destroyForcibly();
        service.waitFor();
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        service = startService();
        double restart = (System.nanoTime() - killedAt) / 1e9;

        Map<Integer, Integer> retried = new HashMap<>();
        for (String key : unanswered) {
            retried.merge(send("POST", "/api/v1/mlps-filings", token, Fixtures.sampleFiling(), key).statusCode(), 1, Integer::sum);
        }
        long acknowledged = firstAnswers.values().stream().filter(s -> s == 201).count();
        int keys = firstAnswers.size() + unanswered.size();
        long found = count("select count(*) from healthsec.submission where institution_uscc = ?") - before;
        long distinct = count("select count(*) from healthsec.idempotency_record i join healthsec.submission s on s.id = i.submission_id "
                + "where i.institution_uscc = ? and i.idempotency_key like 'crash-%'");
        long duplicates = found - keys;
        long lost = keys - distinct;
        LOG.infof("[faults] kill -9 under load (%d writers): sent %d, 201 before the crash %d, other answers %s, unanswered %d; "
                        + "restarted and ready %.1f s after the kill; retries answered %s; found %d of %d keys (%d keys on record); "
                        + "duplicates %d, lost %d", WRITERS, sent.get(), acknowledged,
                tally(firstAnswers.values().stream().filter(s -> s != 201).toList()), unanswered.size(), restart, retried, found, keys,
                distinct, Math.max(0, duplicates), Math.max(0, lost));
        assertTrue(acknowledged > 0, "the load ran before the crash");
        assertEquals(Set.of(201), Set.copyOf(firstAnswers.values()), "every answered filing was accepted");
        assertTrue(retried.keySet().stream().allMatch(s -> s == 201 || s == 200), "every retry answered with a receipt: " + retried);
        assertEquals(keys, found, "one submission per key: no duplicate");
        assertEquals(keys, distinct, "every key's submission is there: nothing lost");
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWhenItReturns() throws Exception {
        String token = Tokens.institution(uscc);
        long before = count("select count(*) from healthsec.submission where institution_uscc = ?");
        Map<String, Integer> last = new ConcurrentHashMap<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Set<String> retryAfter = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    String key = "outage-" + writer + "-" + i;
                    try {
                        HttpResponse<String> r = send("POST", "/api/v1/mlps-filings", token, Fixtures.sampleFiling(), key);
                        last.put(key, r.statusCode());
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() == 503) {
                            r.headers().firstValue("Retry-After").ifPresent(retryAfter::add);
                            Thread.sleep(100);
                        }
                    } catch (IOException e) {
                        last.put(key, -1);
                        statuses.merge(-1, 1, Integer::sum);
                    }
                }
                return null;
            });
        }
        Thread.sleep(1_500);
        pg("pg_ctl", "-D", data.toString(), "-m", "immediate", "stop");
        long down = System.nanoTime();
        int readyWhileDown = -1;
        while (System.nanoTime() - down < 4_000_000_000L) {
            readyWhileDown = Processes.status("http://127.0.0.1:" + port + "/q/health/ready");
            if (readyWhileDown == 503) {
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(3_000);
        int answered503 = statuses.getOrDefault(503, 0);
        startDatabase();
        long back = System.nanoTime();
        double recovered = -1;
        while (System.nanoTime() - back < 60_000_000_000L) {
            HttpResponse<String> probe = send("POST", "/api/v1/mlps-filings", token, Fixtures.sampleFiling(), "probe-" + System.nanoTime());
            if (probe.statusCode() == 201) {
                recovered = (System.nanoTime() - back) / 1e9;
                break;
            }
            Thread.sleep(50);
        }
        Processes.awaitOk("http://127.0.0.1:" + port + "/q/health/ready", 30);
        double ready = (System.nanoTime() - back) / 1e9;
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

        // Every request that did not get a receipt is sent again with its key.
        List<String> again = last.entrySet().stream().filter(e -> e.getValue() != 201).map(Map.Entry::getKey).toList();
        Map<Integer, Integer> retried = new HashMap<>();
        for (String key : again) {
            retried.merge(send("POST", "/api/v1/mlps-filings", token, Fixtures.sampleFiling(), key).statusCode(), 1, Integer::sum);
        }
        long probes = count("select count(*) from healthsec.idempotency_record where institution_uscc = ? and idempotency_key like 'probe-%'");
        long found = count("select count(*) from healthsec.submission where institution_uscc = ?") - before - probes;
        long stored = count("select count(*) from healthsec.idempotency_record i join healthsec.submission s on s.id = i.submission_id "
                + "where i.institution_uscc = ? and i.idempotency_key like 'outage-%'");
        long keys = last.size();
        LOG.infof("[faults] database stopped under load (4 writers): answers %s (503 while down: %d, Retry-After %s); "
                        + "readiness while down %d; database back: first filing accepted after %.2f s, ready after %.2f s; "
                        + "retries %s; found %d of %d keys: duplicates %d, lost %d", new java.util.TreeMap<>(statuses), answered503,
                retryAfter, readyWhileDown, recovered, ready, retried, found, keys, Math.max(0, found - keys), Math.max(0, keys - stored));
        assertTrue(answered503 > 0, "503 while the database was down: " + statuses);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 201 || s == 200 || s == 503 || s == -1),
                "only receipts and 503 (retry) while the database fails: " + statuses);
        assertEquals(Set.of("5"), retryAfter);
        assertEquals(503, readyWhileDown);
        assertTrue(recovered >= 0 && recovered < 30, "recovered: " + recovered);
        assertTrue(retried.keySet().stream().allMatch(s -> s == 201 || s == 200), "retries: " + retried);
        assertEquals(keys, found, "one submission per key: no duplicate");
        assertEquals(keys, stored, "every key's submission is there: nothing lost");
    }

    static void verifyTheAuditTrail() throws Exception {
        // The sealer, running as the service's restricted login, sealed what these faults wrote; the chain is intact.
        HttpResponse<String> v = null;
        long deadline = System.nanoTime() + 40_000_000_000L;
        while (System.nanoTime() < deadline) {
            v = send("GET", "/api/v1/audit/verify", Tokens.admin(), null, null);
            JsonNode result = new ObjectMapper().readTree(v.body());
            if (v.statusCode() == 200 && result.path("sealsVerified").asLong() > 0 && result.path("unsealedRecords").asLong() < 50) {
                LOG.infof("[faults] audit trail after the faults: %s, %d seals, %d records verified, %d awaiting the next seal",
                        result.path("status").asText(), result.path("sealsVerified").asLong(), result.path("recordsVerified").asLong(),
                        result.path("unsealedRecords").asLong());
                assertEquals("INTACT", result.path("status").asText(), v.body());
                return;
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the audit trail was not sealed: " + (v == null ? "" : v.body()));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static Process startService() throws Exception {
        return startService("reporting_service", false);
    }

    static Map<String, String> database(String login) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres");
        env.put("QUARKUS_DATASOURCE_USERNAME", login);
        env.put("HEALTHSEC_DB_SCHEMA", "healthsec");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "false");
        env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "2s");
        // The writers file as one institution as fast as the service answers, faster than its
        // production rate limit (50/s, burst 100) since filings no longer wait on the ledger: a 429
        // would be a correct answer that this test, about crashes, does not count. LimitsTest tests the limiter.
        env.put("HEALTHSEC_LIMITS_CLIENT_PER_SECOND", "100000");
        env.put("HEALTHSEC_LIMITS_CLIENT_BURST", "100000");
        return env;
    }

    static Process startService(String login, boolean migrate) throws Exception {
        Map<String, String> env = database(login);
        env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", String.valueOf(migrate));
        Process p = Processes.service(port, env, "target/faults-it-service.log");
        Processes.awaitOk("http://127.0.0.1:" + port + "/q/health/ready", 90);
        return p;
    }

    /** The restart after the crash: the same port and settings as the first start. */
    static void startDatabase() throws Exception {
        StringBuilder options = new StringBuilder("-p " + pgPort);
        SERVER_CONFIG.forEach((key, value) -> options.append(" -c ").append(key).append("=").append(value.isEmpty() ? "''" : value));
        pg("pg_ctl", "-D", data.toString(), "-w", "-l", SERVER_LOG.toString(), "-o", options.toString(), "start");
    }

    static HttpResponse<String> send(String method, String path, String token, String body, String key) throws IOException {
        return Processes.send(port, method, path, token, body, key);
    }

    /** A count about the test's institution, read from the private cluster directly. */
    static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, uscc);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Map<Integer, Integer> tally(List<Integer> statuses) {
        Map<Integer, Integer> m = new HashMap<>();
        statuses.forEach(s -> m.merge(s, 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * A PostgreSQL program; when the tests run as root, in a new user namespace where it is the
     * unprivileged overflow user, as the library runs them (PostgreSQL's programs refuse root).
     */
    static void pg(String program, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ":\n" + output);
    }
}
