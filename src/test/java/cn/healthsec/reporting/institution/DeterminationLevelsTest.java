package cn.healthsec.reporting.institution;

import cn.healthsec.reporting.authority.AuthorityLevel;
import cn.healthsec.reporting.institution.api.DeterminationRequest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2026 Data Measures art. 6 ¶1: "Where health administrative authorities at each level confirm data
 * as important data, they shall promptly notify healthcare institutions thereof" — every level may
 * confirm important data; core data, whose catalogues the provinces propose to the NHC, the
 * provincial and national commissions (policy). A deployment may narrow either.
 */
class DeterminationLevelsTest {

    static final Set<String> EVERY_LEVEL = Set.of("NATIONAL", "PROVINCIAL", "PREFECTURE", "COUNTY");
    static final Set<String> PROVINCE_AND_ABOVE = Set.of("NATIONAL", "PROVINCIAL");

    static DeterminationRequest request(DeterminationRequest.Grade... grades) {
        List<DeterminationRequest.Item> items = java.util.Arrays.stream(grades).map(g -> new DeterminationRequest.Item("emr-" + g, g)).toList();
        return new DeterminationRequest(items, LocalDate.of(2026, 11, 20), "京卫数〔2026〕3号");
    }

    @Test
    void shouldLetACommissionAtEachLevelConfirmImportantData() {
        for (AuthorityLevel level : AuthorityLevel.values()) {
            assertTrue(DeterminationService.mayDetermine(level, request(DeterminationRequest.Grade.IMPORTANT), EVERY_LEVEL,
                    PROVINCE_AND_ABOVE), level + " confirms important data");
        }
    }

    @Test
    void shouldKeepCoreDataToTheProvinceAndAboveByDefault() {
        DeterminationRequest core = request(DeterminationRequest.Grade.IMPORTANT, DeterminationRequest.Grade.CORE);
        assertTrue(DeterminationService.mayDetermine(AuthorityLevel.PROVINCIAL, core, EVERY_LEVEL, PROVINCE_AND_ABOVE));
        assertTrue(DeterminationService.mayDetermine(AuthorityLevel.NATIONAL, core, EVERY_LEVEL, PROVINCE_AND_ABOVE));
        assertFalse(DeterminationService.mayDetermine(AuthorityLevel.PREFECTURE, core, EVERY_LEVEL, PROVINCE_AND_ABOVE));
        assertFalse(DeterminationService.mayDetermine(AuthorityLevel.COUNTY, core, EVERY_LEVEL, PROVINCE_AND_ABOVE));
    }

    @Test
    void shouldFollowAPolicyThatNarrowsTheLevels() {
        assertFalse(DeterminationService.mayDetermine(AuthorityLevel.COUNTY, request(DeterminationRequest.Grade.IMPORTANT),
                PROVINCE_AND_ABOVE, PROVINCE_AND_ABOVE), "a deployment that keeps determinations to the province");
    }
}
