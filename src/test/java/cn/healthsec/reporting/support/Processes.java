package cn.healthsec.reporting.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

/** Processes the integration tests start themselves: the packaged service, an identity provider, a database. */
public final class Processes {

    private Processes() {
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until {@code url} answers 200; fails after {@code seconds}. */
    public static void awaitOk(String url, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (status(url) == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(url + " did not answer 200 within " + seconds + " s");
    }

    /** The status {@code url} answers, or -1 when nothing answers. */
    public static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(3000);
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The packaged service ({@code target/quarkus-app}) on {@code port}, configured by the failsafe
     * environment and {@code env} (a null value removes a variable); its output goes to {@code log}.
     */
    public static Process service(int port, Map<String, String> env, String log) throws IOException {
        ProcessBuilder app = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin/java").toString(), "-jar",
                "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Paths.get(log).toFile()));
        app.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.forEach((k, v) -> {
            if (v == null) {
                app.environment().remove(k);
            } else {
                app.environment().put(k, v);
            }
        });
        return app.start();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * One request to a service started here, with a bearer token, a JSON body (none when null) and an
     * Idempotency-Key (none when null); an IOException when nothing answers.
     */
    public static HttpResponse<String> send(int port, String method, String path, String token, String body, String key)
            throws IOException {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Ends a process and its children, politely, and waits for it. */
    public static void stop(Process p) throws InterruptedException {
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor();
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
