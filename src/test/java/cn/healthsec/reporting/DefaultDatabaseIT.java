package cn.healthsec.reporting;

import cn.healthsec.reporting.support.Processes;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 27: the default database. A newcomer's {@code ./mvnw verify} or {@code ./mvnw quarkus:dev}
 * needs no PostgreSQL installed: when the build's database is the default one and nothing answers
 * there, the build starts a real PostgreSQL there from Maven artifacts
 * ({@code src/build/default-database.groovy}, in the initialize phase). CI has a server on the
 * default address, so this runs the build's initialize phase itself, offline (everything it needs is
 * in the local repository by now), with the default address moved to a free port: as a newcomer's
 * machine would see it, as whichever user runs the tests (root too).
 */
class DefaultDatabaseIT {

    private static final Logger LOG = Logger.getLogger(DefaultDatabaseIT.class);

    @Test
    void shouldStartAPostgresqlWhereNothingAnswersAndStopItWhenTheBuildEnds() throws Exception {
        int port = Processes.freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/test";
        Path data = Paths.get("target", "postgres-" + port);
        try {
            long started = System.nanoTime();
            String out = initialize("-Dlocal.test.db.default-url=" + url);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(out.contains("Database: nothing answers on 127.0.0.1:" + port + "; starting PostgreSQL there"), out);
            // printed after the script connected, created the database and asked the server its version
            assertTrue(out.matches("(?s).*Database: " + url.replace(".", "\\.")
                    + " \\(PostgreSQL 17\\.\\d+ started by the build, stopped when it ends\\).*"), out);
            assertEquals("17", Files.readString(data.resolve("PG_VERSION")).trim(), "a PostgreSQL 17 cluster in target/postgres-" + port);
            assertFalse(answers(port), "the server stops when the build ends");
            assertTrue(Files.readString(Paths.get("target", "postgres-" + port + ".log")).contains("database system is shut down"),
                    "stopped cleanly");
            LOG.infof("[default-database] nothing on 127.0.0.1:%d: the build (initialize, offline) started PostgreSQL 17 there, "
                    + "created the database, and stopped it at its end, in %.1f s", port, seconds);

            // the data survive for the next run (dev mode's data): no second initdb, the same cluster
            long identity = Files.getLastModifiedTime(data.resolve("PG_VERSION")).toMillis();
            String again = initialize("-Dlocal.test.db.default-url=" + url);
            assertTrue(again.contains("started by the build"), again);
            assertEquals(identity, Files.getLastModifiedTime(data.resolve("PG_VERSION")).toMillis(), "the same cluster, not a new initdb");
        } finally {
            Processes.deleteRecursively(data);
        }
    }

    @Test
    void shouldUseWhatAnswersOnTheDefaultAddressAndStartNothing() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = listening.getLocalPort();
            String out = initialize("-Dlocal.test.db.default-url=jdbc:postgresql://127.0.0.1:" + port + "/test");
            assertTrue(out.contains("Database: jdbc:postgresql://127.0.0.1:" + port + "/test (answering)"), out);
            assertFalse(out.contains("starting PostgreSQL"), out);
            assertFalse(Files.exists(Paths.get("target", "postgres-" + port)), "nothing started");
        }
    }

    @Test
    void shouldLeaveAConfiguredDatabaseAlone() throws Exception {
        int port = Processes.freePort();
        String configured = "jdbc:postgresql://db.invalid:5432/reporting";
        String out = initialize("-Dlocal.test.db.default-url=jdbc:postgresql://127.0.0.1:" + port + "/test",
                "-Dlocal.test.db.url=" + configured + "?password=planted-secret");
        assertTrue(out.contains("Database: " + configured + "?... (configured)"), out);
        assertFalse(out.contains("planted-secret"), "the URL's parameters (a password may be one) are not logged");
        assertFalse(out.contains("starting PostgreSQL"), out);
        assertFalse(answers(port));
    }

    /** {@code ./mvnw -o initialize} in this project, as a newcomer's shell would run it (no datasource in the environment). */
    private static String initialize(String... properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get("mvnw").toAbsolutePath().toString(), "-B", "-o", "initialize"));
        command.addAll(List.of(properties));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE_"));
        builder.environment().remove("MAVEN_OPTS");
        Process build = builder.start();
        String out = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build ends");
        assertEquals(0, build.exitValue(), out);
        return out;
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
