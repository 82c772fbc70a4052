package cn.healthsec.reporting.contract;

import cn.healthsec.reporting.support.Scripts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract lints clean: Spectral (spectral:oas and the project's rules in .spectral.yaml —
 * shared problem responses, roles, examples, no inline response objects, documented enums,
 * Accept-Language) and Redocly's recommended rules, zero errors and zero warnings, with the linters
 * pinned in .lint/package-lock.json. Both also validate every example of the document against its
 * schema. Runs src/dev/lint-contract.sh, which needs Node 20+ (installed on the CI machines).
 */
class ContractLintTest {

    @Test
    void shouldLintWithoutAFinding() throws Exception {
        Scripts.Run lint = Scripts.run("src/dev/lint-contract.sh", 5);
        assertEquals(0, lint.exitValue(), lint.output());
        assertTrue(lint.output().contains("contract lint: 0 errors, 0 warnings"), lint.output());
    }
}
