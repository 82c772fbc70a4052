package cn.healthsec.reporting.identifier;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GB 32100-2015 check character, RULEBOOK §F.3 test vectors. */
class UsccTest {

    @Test
    void shouldAcceptTheRulebookVectors() {
        assertEquals(Uscc.Verdict.VALID, Uscc.verify("91350100M000100Y43"));
        assertEquals(Uscc.Verdict.VALID, Uscc.verify("91310110666007217T"));
    }

    @Test
    void shouldFlagALegallyIssuedPilotCodeAsCheckMismatchNotMalformed() {
        assertEquals(Uscc.Verdict.CHECK_CHARACTER_MISMATCH, Uscc.verify("91350100M0001TGQXM"));
    }

    @Test
    void shouldFlagAChangedCharacter() {
        assertEquals(Uscc.Verdict.CHECK_CHARACTER_MISMATCH, Uscc.verify("91350100M000100Y44"));
    }

    @Test
    void shouldRejectMalformedCodes() {
        assertEquals(Uscc.Verdict.MALFORMED, Uscc.verify(null));
        assertEquals(Uscc.Verdict.MALFORMED, Uscc.verify("91350100M000100Y4"));
        assertEquals(Uscc.Verdict.MALFORMED, Uscc.verify("91350100M000100Y433"));
        assertEquals(Uscc.Verdict.MALFORMED, Uscc.verify("9135010OM000100Y43"), "O is not in the charset");
        assertEquals(Uscc.Verdict.MALFORMED, Uscc.verify("913501A0M000100Y43"), "positions 3-8 are a numeric division code");
        assertEquals(Uscc.Verdict.MALFORMED, Uscc.verify("91350100m000100Y43"), "lower case is not in the charset");
    }

    @Test
    void shouldComputeTheCheckCharacter() {
        assertEquals('3', Uscc.checkCharacterFor("91350100M000100Y4"));
        assertEquals('T', Uscc.checkCharacterFor("91310110666007217"));
    }
}
