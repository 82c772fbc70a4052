package cn.healthsec.reporting.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: the container image, checked where no Docker engine runs. The Dockerfile pins its base
 * (a tag or a digest, never {@code latest}), copies only {@code target/quarkus-app}, runs as a
 * numeric non-root user, carries no secret, and the build context holds nothing but the app.
 */
class DockerfileTest {

    static final Path DOCKERFILE = Paths.get("src/main/docker/Dockerfile.jvm");
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|token|private|credential|api[_-]?key).*");

    static List<String> instructions() throws IOException {
        // Joined continuation lines, without comments and blank lines.
        String text = Files.readString(DOCKERFILE).replaceAll("\\\\\\n", " ");
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void shouldPinItsBase() throws IOException {
        List<String> from = instructions().stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(1, from.size(), "one stage");
        String image = from.get(0).substring(5).split("\\s+")[0];
        assertTrue(image.contains("@sha256:") || image.matches(".+:[^/:]+"), "a tag or digest: " + image);
        assertFalse(image.endsWith(":latest"), image);
        // Issue 27: the runtime is the Java the project builds for (maven.compiler.release).
        String release = java.nio.file.Files.readString(java.nio.file.Paths.get("pom.xml"))
                .replaceAll("(?s).*<maven.compiler.release>(\\d+)</maven.compiler.release>.*", "$1");
        assertTrue(image.contains("openjdk-" + release + "-runtime"), "a Java " + release + " runtime: " + image);
    }

    @Test
    void shouldCopyOnlyThePackagedApplication() throws IOException {
        List<String> copies = instructions().stream().filter(l -> l.startsWith("COPY ") || l.startsWith("ADD ")).toList();
        assertFalse(copies.isEmpty());
        for (String copy : copies) {
            assertTrue(copy.startsWith("COPY "), "no ADD (it fetches and unpacks): " + copy);
            List<String> parts = List.of(copy.split("\\s+"));
            List<String> sources = parts.subList(1, parts.size() - 1).stream().filter(p -> !p.startsWith("--")).toList();
            assertTrue(sources.stream().allMatch(s -> s.startsWith("target/quarkus-app/")), copy);
        }
        List<String> ignore = Files.readAllLines(Paths.get(".dockerignore")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals("*", ignore.get(0), "everything is left out of the context first");
        assertTrue(ignore.stream().skip(1).allMatch(l -> l.startsWith("!target/quarkus-app/")), "only the app comes back: " + ignore);
    }

    @Test
    void shouldRunAsANumericNonRootUser() throws IOException {
        List<String> lines = instructions();
        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
        assertFalse(users.isEmpty(), "a USER instruction");
        String last = users.get(users.size() - 1).substring(5).strip();
        assertTrue(last.matches("[1-9]\\d*(:\\d+)?"), "numeric, not root: " + last);
        int user = lines.lastIndexOf(users.get(users.size() - 1));
        int entry = lines.indexOf(lines.stream().filter(l -> l.startsWith("ENTRYPOINT") || l.startsWith("CMD")).findFirst().orElseThrow());
        assertTrue(user < entry, "the user is set before the process starts");
        assertTrue(lines.stream().filter(l -> l.startsWith("COPY ")).allMatch(l -> l.contains("--chown=" + last)), "the app belongs to that user");
    }

    @Test
    void shouldCarryNoSecret() throws IOException {
        for (String line : instructions()) {
            if (line.startsWith("ENV ") || line.startsWith("ARG ") || line.startsWith("LABEL ")) {
                for (String assignment : line.substring(4).strip().split("\\s+(?=[A-Za-z_][A-Za-z0-9_]*=)")) {
                    String name = assignment.contains("=") ? assignment.substring(0, assignment.indexOf('=')) : assignment;
                    assertFalse(SECRET_NAME.matcher(name).matches(), "no secret in the image: " + name);
                }
            }
        }
        String text = Files.readString(DOCKERFILE);
        assertFalse(text.contains("BEGIN") && text.contains("PRIVATE KEY"), "no key material");
        assertTrue(text.contains("JAVA_MAX_MEM_RATIO"), "the heap follows the container's memory limit");
    }

    /**
     * Issue 14: the class data sharing archive is made in the image, by the image's own JVM, for the
     * jar at the path it runs from, and the JVM is told to use that very archive.
     */
    @Test
    void shouldShareTheClassesItBootsWithFromAnArchiveItMadeItself() throws IOException {
        List<String> lines = instructions();
        List<String> runs = lines.stream().filter(l -> l.startsWith("RUN ")).toList();
        assertEquals(1, runs.size(), "one RUN: the archive: " + runs);
        var made = Pattern.compile("-XX:ArchiveClassesAtExit=(\\S+)").matcher(runs.get(0));
        assertTrue(made.find(), runs.get(0));
        String archive = made.group(1);
        assertTrue(archive.startsWith("/deployments/"), "beside the app, owned by its user: " + archive);
        String jar = lines.stream().filter(l -> l.startsWith("ENV JAVA_APP_JAR=")).findFirst().orElseThrow()
                .replaceAll("ENV JAVA_APP_JAR=\"?([^\"]+)\"?", "$1");
        assertTrue(runs.get(0).contains("-jar " + jar), "the jar at the path run-java.sh starts it from: " + jar);
        assertTrue(runs.get(0).contains("-Dquarkus.appcds.generate=true"), "Quarkus stops after static initialisation (no database at build)");
        String opts = lines.stream().filter(l -> l.startsWith("ENV JAVA_OPTS_APPEND=")).findFirst().orElseThrow();
        assertTrue(opts.contains("-XX:SharedArchiveFile=" + archive), opts);
        // The JVM uses an archive only when it was made with the settings it runs with: object headers, compiler.
        for (String flag : List.of("-XX:+UseCompactObjectHeaders", "-XX:TieredStopAtLevel=1")) {
            assertEquals(opts.contains(flag), runs.get(0).contains(flag), flag + " at the archive's making and at run alike");
        }
        assertTrue(lines.indexOf(runs.get(0)) > lines.indexOf(lines.stream().filter(l -> l.startsWith("USER ")).findFirst().orElseThrow()),
                "made as the user that runs it");
    }
}
