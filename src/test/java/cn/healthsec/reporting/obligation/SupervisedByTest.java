package cn.healthsec.reporting.obligation;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14 (growth): a jurisdiction's obligations as the condition an index answers in id order
 * (V19). Each supervised pattern of {@code AuthorityDirectory.supervisedPattern} keeps its meaning.
 */
class SupervisedByTest {

    static String condition(String pattern, Map<String, Object> p) {
        return ObligationQueries.supervisedBy(pattern, p);
    }

    @Test
    void shouldNameEachLevelByTheIndexThatServesIt() {
        Map<String, Object> p = new HashMap<>();
        assertEquals("true", condition("%", p), "the nation: every obligation (the primary key)");
        assertEquals(Map.of(), p);

        assertEquals("left(o.supervising_authority_id, 5) = :supervisors", condition("HC-36%", p), "a province");
        assertEquals("HC-36", p.get("supervisors"));

        assertEquals("left(o.supervising_authority_id, 7) = :supervisors", condition("HC-3601%", p), "a prefecture");
        assertEquals("HC-3601", p.get("supervisors"));

        assertEquals("o.supervising_authority_id = :supervisors", condition("HC-360102%", p), "a county: the one commission");
        assertEquals("HC-360102", p.get("supervisors"));

        assertEquals("o.supervising_authority_id = :supervisors", condition("HC-XPCC", p), "the XPCC");
        assertEquals("HC-XPCC", p.get("supervisors"));

        assertEquals("o.supervising_authority_id like :supervisors", condition("HC-3_%", p),
                "a wildcard inside (never made by the directory) keeps its LIKE meaning, not a prefix of that length");
        assertEquals("HC-3_%", p.get("supervisors"));
    }
}
