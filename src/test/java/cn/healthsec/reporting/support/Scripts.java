package cn.healthsec.reporting.support;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs one of the project's scripts (src/dev) for a test: its exit status and output, the output logged. */
public final class Scripts {

    private static final Logger LOG = Logger.getLogger(Scripts.class);

    /** What the script said and how it ended. */
    public record Run(int exitValue, String output) {
    }

    private Scripts() {
    }

    public static Run run(String script, int timeoutMinutes, String... arguments) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", script));
        command.addAll(java.util.List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(script + " did not finish in " + timeoutMinutes + " minutes");
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        LOG.infof("%s:%n%s", script, output);
        return new Run(p.exitValue(), output);
    }
}
