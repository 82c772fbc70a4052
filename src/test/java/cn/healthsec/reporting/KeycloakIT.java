package cn.healthsec.reporting;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Processes;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §2: the packaged service against a real identity provider. Keycloak
 * ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by the build into {@code target/keycloak},
 * on the JDK that runs the build) imports the committed realm
 * ({@code src/test/resources/keycloak/healthsec-realm.json}): a client-credentials client per HIS
 * with a {@code uscc} mapper, a vendor's delegate client, authority users with {@code authority_id},
 * an operator with {@code admin}; realm roles become the {@code groups} claim. The service finds the
 * keys by discovery ({@code QUARKUS_OIDC_AUTH_SERVER_URL}, no key configured). The main flows run
 * with real tokens, and a slice of the authorization matrix.
 */
class KeycloakIT {

    private static final Logger LOG = Logger.getLogger(KeycloakIT.class);

    static final String A = "12360102MB000KC0A9";
    static final String B = "12360402MB000KC0BU";

    static Process keycloak;
    static Process service;
    static String issuer;
    static int servicePort;

    @BeforeAll
    static void start() throws Exception {
        Path home = Paths.get("target/keycloak/keycloak-26.5.0");
        assertTrue(Files.isDirectory(home), "the build unpacks Keycloak into " + home);
        // Keycloak runs on the JDK that runs the build (Java 25; Keycloak 26 needs 21+): no machine path is named anywhere.
        String javaHome = System.getProperty("java.home");
        assertTrue(Runtime.version().feature() >= 21 && Files.isExecutable(Paths.get(javaHome, "bin/java")),
                "Keycloak 26 needs Java 21+; the build runs on " + Runtime.version() + " at " + javaHome);
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(Paths.get("src/test/resources/keycloak/healthsec-realm.json"), home.resolve("data/import/healthsec-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Processes.deleteRecursively(home.resolve("data/h2"));
        int kcPort = Processes.freePort();
        ProcessBuilder kc = new ProcessBuilder("bash", "bin/kc.sh", "start-dev", "--http-host=127.0.0.1", "--http-port=" + kcPort,
                "--http-management-port=" + Processes.freePort(), "--import-realm")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(Paths.get("target/keycloak-it.log").toFile());
        kc.environment().put("JAVA_HOME", javaHome);
        kc.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        long started = System.nanoTime();
        keycloak = kc.start();
        issuer = "http://127.0.0.1:" + kcPort + "/realms/healthsec";
        Processes.awaitOk(issuer + "/.well-known/openid-configuration", 180);
        LOG.infof("[keycloak] ready in %.1f s at %s", (System.nanoTime() - started) / 1e9, issuer);

        servicePort = Processes.freePort();
        Map<String, String> env = new java.util.HashMap<>();
        env.put("QUARKUS_OIDC_PUBLIC_KEY", null);
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", null);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer);
        env.put("HEALTHSEC_DB_SCHEMA", "healthsec_kc");
        // The console signs its officers in with the authorization code flow (PKCE) against the same realm.
        env.put("HEALTHSEC_CONSOLE_SIGN_IN", "true");
        env.put("HEALTHSEC_CONSOLE_STATE_SECRET", "test-only-state-secret-0123456789abcdef");
        env.put("HEALTHSEC_CONSOLE_SESSION_SECRET", "test-only-session-secret-0123456789abcdef");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        service = Processes.service(servicePort, env, "target/keycloak-it-service.log");
        Processes.awaitOk("http://127.0.0.1:" + servicePort + "/q/health/ready", 90);
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = servicePort;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        Processes.stop(service);
        Processes.stop(keycloak);
        RestAssured.reset();
    }

    @Test
    void shouldRunTheMainFlowsWithTokensFromTheIdentityProvider() {
        String admin = password("ops-admin");
        String hospitalA = clientCredentials("his-hospital-a");
        String hospitalB = clientCredentials("his-hospital-b");
        String commission = password("hc-360102");
        String province = password("hc-360000");
        String outside = password("hc-360402");

        given().auth().oauth2(admin).contentType("application/json").body(Fixtures.institutionJson("东湖区某医院", "360102", null))
                .put("/api/v1/institutions/" + A).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().auth().oauth2(admin).contentType("application/json").body(Fixtures.institutionJson("濂溪区某医院", "360402", null))
                .put("/api/v1/institutions/" + B).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));

        // An MLPS filing reaches the supervising commission's inbox, which acknowledges it.
        Response filed = as(hospitalA).header("Idempotency-Key", "kc-filing-1").body(Fixtures.sampleFiling())
                .post("/api/v1/mlps-filings").then().statusCode(201).body("routes[0].authorityId", equalTo("HC-360102")).extract().response();
        String submission = filed.path("id");
        long entry = ((Number) given().auth().oauth2(commission).get("/api/v1/authorities/HC-360102/inbox").then().statusCode(200)
                .body("entries.submissionId", hasItem(submission)).extract().path("entries[0].id")).longValue();
        given().auth().oauth2(commission).post("/api/v1/authorities/HC-360102/inbox/" + entry + "/ack").then().statusCode(200)
                .body("acknowledged", equalTo(true));
        given().auth().oauth2(province).get("/api/v1/submissions/" + submission).then().statusCode(200);

        // An incident, and a delegate filing for A under A's grant.
        as(hospitalA).body(Fixtures.ransomware(1, "GENERAL", 10, null)).post("/api/v1/incidents").then().statusCode(201);
        String vendor = clientCredentials("vendor-for-hospital-a");
        as(vendor).body(Fixtures.sampleFiling()).post("/api/v1/mlps-filings").then().statusCode(403);
        as(hospitalA).body("{\"delegate\": \"vendor-for-hospital-a\", \"expiresAt\": \"" + OffsetDateTime.now().plusMonths(3) + "\"}")
                .post("/api/v1/institutions/" + A + "/delegates").then().statusCode(201);
        as(vendor).body(Fixtures.sampleFiling()).post("/api/v1/mlps-filings").then().statusCode(201);

        // A slice of the authorization matrix, with the provider's tokens.
        int cells = 0;
        cells += expect(given().auth().oauth2(hospitalB).get("/api/v1/submissions/" + submission), 404);
        cells += expect(given().auth().oauth2(outside).get("/api/v1/submissions/" + submission), 404);
        cells += expect(given().auth().oauth2(outside).get("/api/v1/authorities/HC-360102/inbox"), 403);
        cells += expect(given().auth().oauth2(province).get("/api/v1/authorities/HC-360102/inbox"), 403);
        cells += expect(given().auth().oauth2(hospitalA).get("/api/v1/audit/records"), 403);
        cells += expect(given().auth().oauth2(commission).put("/api/v1/divisions"), 403);
        cells += expect(given().auth().oauth2(hospitalA).get("/api/v1/submissions/" + submission), 200);
        cells += expect(given().auth().oauth2(admin).get("/api/v1/audit/verify"), 200);
        cells += expect(given().get("/api/v1/submissions"), 401);
        cells += expect(given().auth().oauth2(tampered(hospitalA)).get("/api/v1/submissions"), 401);
        cells += expect(given().auth().oauth2(cn.healthsec.reporting.support.Tokens.institution(A)).get("/api/v1/submissions"), 401);
        LOG.infof("[keycloak] main flows passed; %d matrix cells with the provider's tokens as expected", cells);

        List<String> actors = given().auth().oauth2(admin).queryParam("action", "SUBMISSION_ACCEPTED").get("/api/v1/audit/records")
                .then().statusCode(200).extract().path("entries.actorOrganisation");
        assertTrue(actors.contains(A), "the audit trail names the institution from the provider's token: " + actors);
    }

    /**
     * Issue 30: the console in a real headless Chromium (Debian's chromium and chromedriver, driven by
     * Selenium) against the packaged service and Keycloak. A county officer signs in with the
     * authorization code flow, sees a filing arrive, opens it, returns it with a field picked on the
     * rendered form; the institution amends it (through the API here); the officer opens the
     * amendment and accepts it; the pages load nothing from elsewhere; another county's officer gets
     * "not found" on its URL. Screenshots of each step go to target/console-screenshots/.
     */
    @Test
    void shouldRunTheSupervisionCycleInABrowser() throws Exception {
        String admin = password("ops-admin");
        String hospitalB = clientCredentials("his-hospital-b");
        given().auth().oauth2(admin).contentType("application/json").body(Fixtures.institutionJson("濂溪区某医院", "360402", null))
                .put("/api/v1/institutions/" + B).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        Response filed = as(hospitalB).body(Fixtures.sampleFiling()).post("/api/v1/mlps-filings").then().statusCode(201).extract().response();
        String id = filed.path("id");
        String reference = filed.path("reference");
        String base = "http://localhost:" + servicePort;
        Path shots = Paths.get("target/console-screenshots");
        Files.createDirectories(shots);

        try (cn.healthsec.reporting.support.ConsoleBrowser browser = cn.healthsec.reporting.support.ConsoleBrowser.start()) {
            browser.signIn(base + "/console/statistics", "hc-360402", "hc-360402-password");
            long filingsBefore = mlpsFilingsByMonth(browser);
            assertTrue(filingsBefore >= 1, "the filing counted in its month: " + browser.text());
            browser.open(base + "/console/inbox");
            assertTrue(browser.url().startsWith(base + "/console/inbox"), browser.url());
            assertTrue(browser.text().contains(reference), "the filing is in the county's inbox");
            browser.screenshot(shots.resolve("01-inbox.png"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the inbox");

            browser.click(org.openqa.selenium.By.linkText(reference));
            assertTrue(browser.shows("第六条第（二）项"), "the receipt cites the article as a regulator does");
            browser.screenshot(shots.resolve("02-submission.png"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on a submission");

            browser.check("input[name=field][value='/publicSecurityFiling']");
            browser.type("#comment", "请补充公安机关备案证明");
            browser.click(org.openqa.selenium.By.cssSelector("button[value=RETURNED_FOR_CORRECTION]"));
            assertTrue(browser.shows("您的决定已记录"), browser.text());
            browser.screenshot(shots.resolve("03-returned.png"));
            given().auth().oauth2(hospitalB).get("/api/v1/submissions/" + id).then().statusCode(200)
                    .body("decision.outcome", equalTo("RETURNED_FOR_CORRECTION"))
                    .body("decision.findings[0].field", equalTo("/publicSecurityFiling"));

            // The institution's officer signs in, reads the return and answers it with the corrected document.
            try (cn.healthsec.reporting.support.ConsoleBrowser institution = cn.healthsec.reporting.support.ConsoleBrowser.start()) {
                institution.signIn(base + "/console/mine", "officer-360402", "officer-360402-password");
                assertTrue(institution.shows(reference), institution.text());
                institution.open(base + "/console/mine/submissions/" + id);
                assertTrue(institution.shows("请补充公安机关备案证明"), institution.text());
                institution.replace("#document", Fixtures.sampleFiling().replace("11010599001", "11010599002"));
                institution.screenshot(shots.resolve("03a-institution-answers.png"));
                institution.click(org.openqa.selenium.By.cssSelector("form button[type=submit]"));
                assertTrue(institution.shows(reference + "/2"), institution.text());
            }
            String amended = given().auth().oauth2(hospitalB).get("/api/v1/submissions/" + id).then().statusCode(200)
                    .body("receipt.status", equalTo("SUPERSEDED")).extract().path("nextVersion");
            // The officer signs out and back in, and finds the amendment in the inbox.
            browser.open(base + "/console/logout");
            assertTrue(browser.shows("您已退出登录"), browser.url() + " " + browser.text());
            browser.signIn(base + "/console/inbox?kind=AMENDMENT", "hc-360402", "hc-360402-password");
            assertTrue(browser.shows(reference + "/2"), "the amendment in the inbox: " + browser.text());
            browser.open(base + "/console/submissions/" + amended);
            assertTrue(browser.shows("/publicSecurityFiling/certificateNumber"), "the amendment's difference, side by side");
            assertTrue(browser.text().contains("11010599001") && browser.text().contains("11010599002"), browser.text());
            browser.screenshot(shots.resolve("04a-amendment-diff.png"));
            // With the keyboard alone: the first Tab reaches the skip link; Tab on to the acceptance, visibly focused; Enter decides.
            assertTrue(browser.tabTo("a.skip", 1), "the first Tab stop is the skip link");
            assertTrue(browser.focusVisible(), "the focus is visible");
            assertTrue(browser.tabTo("button[value=ACCEPTED]", 400), "the acceptance is reached with Tab alone");
            assertTrue(browser.focusVisible(), "the focused button shows it");
            browser.press(org.openqa.selenium.Keys.ENTER);
            assertTrue(browser.shows("您的决定已记录"), browser.text());
            browser.screenshot(shots.resolve("04-accepted.png"));
            given().auth().oauth2(hospitalB).get("/api/v1/submissions/" + amended).then().body("decision.outcome", equalTo("ACCEPTED"));

            browser.open(base + "/console/statistics");
            assertTrue(browser.shows("按时率"), browser.text());
            assertEquals(filingsBefore + 1, mlpsFilingsByMonth(browser), "the statistics changed: the amendment is a filing received");
            assertTrue(browser.chartsDrawn() >= 3, "the charts are drawn by the bundled ECharts: types, months, backlog age");
            browser.screenshot(shots.resolve("05-statistics.png"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the statistics");
            browser.click(org.openqa.selenium.By.linkText("导出CSV"));
            String csv = Files.readString(browser.downloaded(".csv"));
            assertTrue(csv.startsWith("\uFEFFunit,division_code,"), csv);
            assertTrue(csv.lines().anyMatch(l -> l.startsWith("JURISDICTION,\"360402\"")), csv);

            browser.open(base + "/console/institutions");
            assertTrue(browser.shows(B), browser.text());
            browser.screenshot(shots.resolve("06-institutions.png"));
            // From the institution's page, a rectification notice; then a forged CSRF token changes nothing.
            browser.click(org.openqa.selenium.By.linkText("濂溪区某医院"));
            assertTrue(browser.shows("下发整改通知"), browser.text());
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on an institution");
            browser.type("#summary", "现场检查发现弱口令");
            browser.type("#problems", "HIS 管理员账号弱口令");
            browser.script("document.getElementById('dueOn').value = arguments[0];",
                    cn.healthsec.reporting.rules.LegalTime.dateOf(cn.healthsec.reporting.rules.LegalTime.now()).plusDays(15).toString());
            browser.screenshot(shots.resolve("07-institution-notice.png"));
            browser.click(org.openqa.selenium.By.cssSelector("form[action$='/rectification-notices'] button[type=submit]"));
            assertTrue(browser.shows("整改通知已下发"), browser.text());
            assertTrue(browser.text().contains("现场检查发现弱口令"), "the form's Chinese arrives as typed: " + browser.text());
            given().auth().oauth2(hospitalB).get("/api/v1/institutions/" + B + "/rectification-notices").then().statusCode(200)
                    .body("notices.summary", org.hamcrest.Matchers.hasItem("现场检查发现弱口令"));
            int notices = given().auth().oauth2(hospitalB).get("/api/v1/institutions/" + B + "/rectification-notices").then()
                    .extract().path("notices.size()");
            browser.type("#summary", "伪造");
            browser.type("#problems", "伪造");
            browser.script("document.getElementById('dueOn').value = arguments[0];"
                    + "document.querySelector('form[action$=\"/rectification-notices\"] input[name=csrf-token]').value = 'forged';",
                    cn.healthsec.reporting.rules.LegalTime.dateOf(cn.healthsec.reporting.rules.LegalTime.now()).plusDays(15).toString());
            browser.click(org.openqa.selenium.By.cssSelector("form[action$='/rectification-notices'] button[type=submit]"));
            assertTrue(browser.sourceShows("problems/forbidden"), "a forged CSRF token is refused: " + browser.source());
            given().auth().oauth2(hospitalB).get("/api/v1/institutions/" + B + "/rectification-notices").then()
                    .body("notices.size()", equalTo(notices));

            // On a tablet (768 × 1024, portrait): nothing scrolls sideways.
            browser.size(768, 1024);
            for (String page : List.of("/console/inbox?view=acknowledged", "/console/submissions/" + amended, "/console/statistics",
                    "/console/institutions/" + B)) {
                browser.open(base + page);
                assertEquals(0, browser.overflow(), "sideways scrolling on a tablet: " + page);
            }
            browser.open(base + "/console/submissions/" + amended);
            browser.screenshot(shots.resolve("08-tablet-submission.png"));
            browser.size(1366, 900);

            // The headers of every console page, the public one included: a strict CSP, no framing, no sniffing.
            given().get("/console/signed-out").then().statusCode(200)
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
            List<String> loaded = browser.resourcesLoaded();
            assertTrue(loaded.stream().allMatch(u -> u.startsWith(base + "/")), "only the service's own files: " + loaded);

            browser.open(base + "/console/logout");
            assertTrue(browser.shows("您已退出登录"), browser.url() + " " + browser.text());
        }
        try (cn.healthsec.reporting.support.ConsoleBrowser other = cn.healthsec.reporting.support.ConsoleBrowser.start()) {
            other.signIn(base + "/console/inbox", "hc-360102", "hc-360102-password");
            assertFalse(other.text().contains(reference), "another county's inbox does not hold it");
            other.open(base + "/console/submissions/" + id);
            assertTrue(other.sourceShows("problems/not-found"), "another county gets 404 on its URL: " + other.source());
        }
    }

    /** The jurisdiction's MLPS filings in the statistics page's by-month table, summed over the months. */
    private static long mlpsFilingsByMonth(cn.healthsec.reporting.support.ConsoleBrowser browser) {
        Object n = browser.script("""
                var table = document.getElementById('by-month'); if (!table) return -1;
                var column = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.getAttribute('data-type'); }).indexOf('MLPS_FILING');
                if (column < 0) return 0;
                return Array.prototype.reduce.call(table.tBodies[0].rows, function (sum, r) { return sum + Number(r.cells[column].textContent); }, 0);""");
        return ((Number) n).longValue();
    }

    private static int expect(Response r, int status) {
        assertEquals(status, r.statusCode(), r.asString());
        return 1;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A token whose signature's last character is changed. */
    private static String tampered(String token) {
        char last = token.charAt(token.length() - 2);
        return token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
    }

    static String clientCredentials(String client) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", client)
                .formParam("client_secret", client.equals("vendor-for-hospital-a") ? "vendor-secret" : client + "-secret")
                .post(issuer + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    static String password(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "healthsec-portal")
                .formParam("username", user).formParam("password", user + "-password")
                .post(issuer + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }
}
