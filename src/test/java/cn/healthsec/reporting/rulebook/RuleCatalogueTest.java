package cn.healthsec.reporting.rulebook;

import cn.healthsec.reporting.incident.IncidentGrading;
import cn.healthsec.reporting.rules.Citation;
import cn.healthsec.reporting.rules.Rule;
import cn.healthsec.reporting.rules.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index of every rule: each id names one rule, and each rule cites its source. */
class RuleCatalogueTest {

    @Test
    void shouldGiveEveryRuleAnIdOfItsOwnAndACitation() {
        List<Rule> rules = new ArrayList<>(RuleCatalogue.ALL);
        rules.addAll(IncidentGrading.thresholds(new java.math.BigDecimal("20000000"), new java.math.BigDecimal("5000000")));
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            assertTrue(ids.add(rule.id()), "two rules share the id " + rule.id());
            assertFalse(rule.summary().isBlank(), rule.id());
            assertFalse(rule.basis().cite().isBlank(), rule.id());
            // Issue 11 §7: cited as the law is — a numbered provision of a titled instrument, unless it is policy.
            Citation c = rule.basis().citation(rule.id());
            assertEquals(rule.id(), c.ruleId());
            if (rule.basis().source() != Source.SERVICE_POLICY && rule.basis().source() != Source.GBT_22240_2020) {
                assertNotNull(c.article(), rule.id() + " names its article: " + rule.basis().article());
                assertTrue(c.textZh().startsWith("《" + c.instrument() + "》"), rule.id());
            }
            assertEquals(rule.basis().provenance().isPolicy(), c.configurablePolicy(), rule.id());
        }
        assertTrue(ids.size() > 40, "every capability's rules are indexed: " + ids.size());
    }
}
