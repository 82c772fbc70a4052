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

    /**
     * "A reader finds every rule in one place": every rule set, route and obligation rule the code
     * declares (a static {@code RuleSet}, {@code RouteRule} or list of them on any class of the
     * service) is in the catalogue — a new report type's rules cannot be left out of it.
     */
    @Test
    void shouldIndexEveryRuleTheCodeDeclares() throws Exception {
        Set<String> indexed = new HashSet<>();
        RuleCatalogue.ALL.forEach(r -> indexed.add(r.id()));
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<String> missing = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                        continue;
                    }
                    List<Rule> declared = new ArrayList<>();
                    if (cn.healthsec.reporting.rules.RuleSet.class.isAssignableFrom(field.getType())) {
                        field.setAccessible(true);
                        declared.addAll(((cn.healthsec.reporting.rules.RuleSet<?>) field.get(null)).rules());
                    } else if (cn.healthsec.reporting.routing.RouteRule.class.isAssignableFrom(field.getType())) {
                        field.setAccessible(true);
                        declared.add((Rule) field.get(null));
                    }
                    declared.stream().filter(r -> !indexed.contains(r.id())).forEach(r -> missing.add(name + "." + field.getName() + ": " + r.id()));
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
