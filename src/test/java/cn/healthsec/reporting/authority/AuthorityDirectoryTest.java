package cn.healthsec.reporting.authority;

import cn.healthsec.reporting.support.Bundled;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Authority ids and the health-commission hierarchy (RULEBOOK §F.1, §F.2). */
class AuthorityDirectoryTest {

    private final AuthorityDirectory directory = Bundled.AUTHORITIES;

    @Test
    void shouldResolveEveryKindOfId() {
        assertEquals(Optional.of(AuthorityId.NHC), directory.resolve("NHC"));
        assertEquals(AuthorityLevel.PROVINCIAL, directory.resolve("HC-440000").flatMap(directory::level).orElseThrow());
        assertEquals(AuthorityLevel.PREFECTURE, directory.resolve("HC-440100").flatMap(directory::level).orElseThrow());
        assertEquals(AuthorityLevel.COUNTY, directory.resolve("HC-440103").flatMap(directory::level).orElseThrow());
        assertEquals(AuthorityLevel.PROVINCIAL, directory.resolve("HC-XPCC").flatMap(directory::level).orElseThrow());
        assertTrue(directory.resolve("CAC-110000").isPresent());
        assertTrue(directory.resolve("PSB-110105").isPresent());
    }

    @Test
    void shouldRejectMalformedAndUnknownIds() {
        for (String bad : List.of("", "nhc", "HC-11010", "HC-1101055", "HC-999999", "HC-110100", "XX-110000",
                "HC-659000", "HC-110105 ", "HC-XPCCX", "CAC-")) {
            assertTrue(directory.resolve(bad).isEmpty(), bad);
        }
        assertTrue(directory.resolve(null).isEmpty());
    }

    @Test
    void shouldChainASupervisorUpToTheNhc() {
        assertEquals(List.of("HC-440103", "HC-440100", "HC-440000", "NHC"),
                directory.supervisionChain(AuthorityId.parse("HC-440103").orElseThrow()).stream().map(Object::toString).toList());
        // Beijing's districts sit directly under the municipality.
        assertEquals(List.of("HC-110105", "HC-110000", "NHC"),
                directory.supervisionChain(AuthorityId.parse("HC-110105").orElseThrow()).stream().map(Object::toString).toList());
        assertEquals(List.of("HC-XPCC", "NHC"),
                directory.supervisionChain(AuthorityId.parse("HC-XPCC").orElseThrow()).stream().map(Object::toString).toList());
        assertEquals(List.of("NHC"), directory.supervisionChain(AuthorityId.NHC).stream().map(Object::toString).toList());
    }

    @Test
    void shouldSkipTheDirectlyAdministeredPseudoPrefecture() {
        // 659001 石河子 sits under 659000 "自治区直辖县级行政区划", which has no commission of its own.
        assertEquals(List.of("HC-659001", "HC-650000", "NHC"),
                directory.supervisionChain(AuthorityId.parse("HC-659001").orElseThrow()).stream().map(Object::toString).toList());
    }

    @Test
    void shouldOnlyLetCommissionsOfTheAreaSupervise() {
        assertTrue(directory.canSupervise(AuthorityId.parse("HC-110105").orElseThrow(), "110105"));
        assertTrue(directory.canSupervise(AuthorityId.parse("HC-110000").orElseThrow(), "110105"));
        assertTrue(directory.canSupervise(AuthorityId.NHC, "440103"));
        assertTrue(directory.canSupervise(AuthorityId.parse("HC-XPCC").orElseThrow(), "659001"));
        assertFalse(directory.canSupervise(AuthorityId.parse("HC-XPCC").orElseThrow(), "110105"));
        assertFalse(directory.canSupervise(AuthorityId.parse("HC-440000").orElseThrow(), "110105"));
        assertFalse(directory.canSupervise(AuthorityId.parse("PSB-110105").orElseThrow(), "110105"));
    }

    @Test
    void shouldNameTheProvincialCommissionOfAnInstitution() {
        assertEquals("HC-110000", directory.provincialCommission(AuthorityId.parse("HC-110105").orElseThrow(), "110105").toString());
        assertEquals("NHC", directory.provincialCommission(AuthorityId.NHC, "110105").toString());
        assertEquals("HC-XPCC", directory.provincialCommission(AuthorityId.parse("HC-XPCC").orElseThrow(), "659001").toString());
    }

    /**
     * The list an authority's submission listing reads its supervised stream by (one index range per
     * commission) is the set its LIKE pattern names among the commissions that exist, and each of
     * them has the authority in its chain.
     */
    @Test
    void shouldListTheCommissionsASupervisedPatternNames() {
        List<AuthorityId> all = new java.util.ArrayList<>(List.of(AuthorityId.NHC, AuthorityId.healthCommission(AuthorityId.XPCC)));
        directory.divisions().all().stream().map(d -> AuthorityId.healthCommission(d.code())).filter(directory::exists).forEach(all::add);
        for (String id : List.of("NHC", "HC-XPCC", "HC-440000", "HC-440100", "HC-440103", "HC-650000", "HC-630100", "HC-110000")) {
            AuthorityId authority = directory.resolve(id).orElseThrow();
            String regex = directory.supervisedPattern(authority).orElseThrow().replace("%", ".*");
            List<String> expected = all.stream().map(AuthorityId::toString).filter(a -> a.matches(regex)).sorted().toList();
            List<AuthorityId> listed = directory.supervisedCommissions(authority);
            assertEquals(expected, listed.stream().map(AuthorityId::toString).toList(), id);
            assertTrue(listed.contains(authority), id + " supervises its own");
            listed.forEach(c -> assertTrue(directory.supervisionChain(c).contains(authority), c + " is under " + id));
        }
        assertEquals(List.of("HC-440103"), directory.supervisedCommissions(AuthorityId.parse("HC-440103").orElseThrow()).stream()
                .map(AuthorityId::toString).toList());
        assertTrue(directory.supervisedCommissions(AuthorityId.parse("HC-440000").orElseThrow()).size() > 100, "a province's, every level");
        assertEquals(List.of(), directory.supervisedCommissions(AuthorityId.parse("PSB-440103").orElseThrow()));
        assertEquals(List.of(), directory.supervisedCommissions(AuthorityId.parse("CAC-440000").orElseThrow()));
    }
}
