// The default database of dev mode and the tests (issue 27), run by gmavenplus in the initialize
// phase of `./mvnw verify` and of `./mvnw quarkus:dev` (which runs that phase before it starts).
//
// The build's database is local.test.db.url (pom.xml): the default local.test.db.default-url,
// jdbc:postgresql://127.0.0.1:5432/test, user postgres, unless configured (-Dlocal.test.db.url=…, or
// QUARKUS_DATASOURCE_JDBC_URL). When it is the default and nothing answers there, this starts a real
// PostgreSQL on that address from Maven artifacts (zonky's embedded-postgres binaries: no install, no
// Docker) with trust auth and the database the URL names, data in target/postgres-PORT, and leaves it
// running until the build ends (the library's shutdown hook stops it).
// Starting it on the default address, rather than on a free port, keeps every consumer of the
// build's database unchanged: dev mode's system properties, the tests', and the packaged jar's
// environment in the integration tests.
//
// PostgreSQL refuses to run as root: as root, the library runs its programs in a new user namespace
// (`unshare -U`), where they are the unprivileged overflow user.

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import io.zonky.test.db.postgres.util.LinuxUtils

String url = property('local.test.db.url')
String defaultUrl = property('local.test.db.default-url') // jdbc:postgresql://127.0.0.1:5432/test
def address = (defaultUrl =~ /^jdbc:postgresql:\/\/127\.0\.0\.1:(\d+)\/(\w+)$/)
if (!address.matches()) {
    throw new IllegalStateException("local.test.db.default-url must be jdbc:postgresql://127.0.0.1:PORT/DATABASE: ${defaultUrl}")
}
final String HOST = '127.0.0.1'
final int PORT = address.group(1) as int
final String DATABASE = address.group(2)

if (url != defaultUrl) {
    log.info("Database: ${shown(url)} (configured)")
    return
}
if (answers(HOST, PORT)) {
    log.info("Database: ${url} (answering)")
    return
}

File data = new File(project.build.directory, "postgres-${PORT}")
File serverLog = new File(project.build.directory, "postgres-${PORT}.log")
boolean root = 'root' == System.getProperty('user.name')
if (root && !LinuxUtils.isUnshareAvailable()) {
    throw new IllegalStateException("Nothing answers on ${HOST}:${PORT} and the build runs as root, where PostgreSQL "
            + "cannot run without 'unshare -U' (not available here). Run the build as another user, or point it at "
            + "a server: -Dlocal.test.db.url=jdbc:postgresql://HOST:PORT/DB -Dlocal.test.db.username=USER")
}
log.info("Database: nothing answers on ${HOST}:${PORT}; starting PostgreSQL there (data ${data}, log ${serverLog})")
data.parentFile.mkdirs()
EmbeddedPostgres postgres
try {
    postgres = EmbeddedPostgres.builder()
            .setPort(PORT)
            .setDataDirectory(data)
            .setCleanDataDirectory(false) // dev mode's data survives a restart; `./mvnw clean` removes it
            .setServerConfig('listen_addresses', HOST)
            .setServerConfig('unix_socket_directories', '')
            .setServerConfig('synchronous_commit', 'on') // as in production: no commit answered before its WAL is written
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
            .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
            .start()
} catch (Exception e) {
    throw new IllegalStateException("PostgreSQL did not start on ${HOST}:${PORT} (see ${serverLog}): ${e.message}", e)
}
postgres.getPostgresDatabase().getConnection().withCloseable { c ->
    def exists = c.prepareStatement("select 1 from pg_database where datname = '${DATABASE}'").executeQuery().next()
    if (!exists) {
        c.createStatement().execute("create database ${DATABASE}")
    }
    def version = c.createStatement().executeQuery('show server_version')
    version.next()
    log.info("Database: ${url} (PostgreSQL ${version.getString(1)} started by the build, stopped when it ends)")
}

/** A URL as the log may show it: its parameters (a password may be one) left out. */
static String shown(String url) {
    int query = url.indexOf('?')
    query < 0 ? url : url.substring(0, query) + '?...'
}

String property(String name) {
    session.userProperties.getProperty(name) ?: project.properties.getProperty(name)
}

static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 1000)
        return true
    } catch (IOException ignored) {
        return false
    }
}
