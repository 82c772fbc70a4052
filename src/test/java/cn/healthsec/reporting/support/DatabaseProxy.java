package cn.healthsec.reporting.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between the service and the real PostgreSQL, which a test can cut and restore: a
 * database outage (every connection dropped, new ones refused) without touching the server the
 * other tests and CI share. The service is pointed at the proxy by its JDBC URL.
 */
public class DatabaseProxy implements QuarkusTestResourceLifecycleManager {

    private static volatile boolean down;
    private static final List<Socket> OPEN = new CopyOnWriteArrayList<>();
    private static final String URL = "quarkus.datasource.jdbc.url";
    private ServerSocket server;
    private String previousUrl;
    /** The build's database, which the proxy forwards to. */
    private String targetHost;
    private int targetPort;

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    public static void cut() {
        down = true;
        for (Socket s : OPEN) {
            closeQuietly(s);
        }
        OPEN.clear();
    }

    public static void restore() {
        down = false;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the proxy port", e);
        }
        Thread acceptor = new Thread(this::accept, "db-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        // The build passes the real URL as a system property, which outranks a test resource's
        // configuration: point that property at the proxy while this resource lives.
        previousUrl = System.getProperty(URL);
        Properties target = Driver.parseURL(previousUrl, null);
        if (target == null) {
            throw new IllegalStateException("the build's database URL is not a PostgreSQL URL: " + previousUrl);
        }
        targetHost = target.getProperty(PGProperty.PG_HOST.getName()).split(",")[0];
        targetPort = Integer.parseInt(target.getProperty(PGProperty.PG_PORT.getName()).split(",")[0]);
        String url = "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/" + target.getProperty(PGProperty.PG_DBNAME.getName());
        System.setProperty(URL, url);
        return Map.of(URL, url);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Socket db = new Socket(targetHost, targetPort);
                OPEN.add(client);
                OPEN.add(db);
                pipe(client, db);
                pipe(db, client);
            } catch (IOException e) {
                // a refused or dropped connection: the service sees what it would see in an outage
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // closed by cut() or by either end
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                OPEN.remove(from);
                OPEN.remove(to);
            }
        }, "db-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void stop() {
        if (previousUrl == null) {
            System.clearProperty(URL);
        } else {
            System.setProperty(URL, previousUrl);
        }
        down = false;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        cut();
        down = false;
    }
}
