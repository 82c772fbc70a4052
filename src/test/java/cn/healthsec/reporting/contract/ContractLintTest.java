package cn.healthsec.reporting.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract lints clean: Spectral (spectral:oas and the project's rules in .spectral.yaml —
 * shared problem responses, roles, examples, no inline response objects, documented enums) and
 * Redocly's recommended rules, zero errors and zero warnings, with the linters pinned in
 * .lint/package-lock.json. Both also validate every example of the document against its schema.
 * Runs src/dev/lint-contract.sh, which needs Node 20+ (installed on the CI machines).
 */
class ContractLintTest {

    @Test
    void shouldLintWithoutAFinding() throws IOException, InterruptedException {
        Process lint = new ProcessBuilder("bash", "src/dev/lint-contract.sh").redirectErrorStream(true).start();
        assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "the linters did not finish in 5 minutes");
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        assertEquals(0, lint.exitValue(), output);
        assertTrue(output.contains("contract lint: 0 errors, 0 warnings"), output);
    }
}
