package cn.healthsec.reporting.identifier;

import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Source;

/**
 * Unified Social Credit Code (统一社会信用代码), 18 characters: GB 32100-2015 (RULEBOOK §F.3).
 * Only the character set, the numeric division code in positions 3–8 and the check character are
 * checked; positions 1–2 are not whitelisted because later-assigned registration departments exist.
 */
public final class Uscc {

    public static final Basis BASIS = Basis.of(Source.GB_32100_2015, "§4 (check character)", Provenance.OFFICIAL_REPRINT);

    /** The 31 symbols, in value order (no I, O, Z, S, V). */
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 3^(i-1) mod 31 for positions 1–17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public enum Verdict {
        VALID,
        /** Well formed, but the check character does not match: legally issued early pilot codes do this. */
        CHECK_CHARACTER_MISMATCH,
        MALFORMED
    }

    private Uscc() {
    }

    public static Verdict verify(String code) {
        if (code == null || code.length() != 18) {
            return Verdict.MALFORMED;
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int value = CHARSET.indexOf(code.charAt(i));
            if (value < 0 || (i >= 2 && i < 8 && value > 9)) {
                return Verdict.MALFORMED;
            }
            if (i < 17) {
                sum += value * WEIGHTS[i];
            }
        }
        return CHARSET.charAt(checkValue(sum)) == code.charAt(17) ? Verdict.VALID : Verdict.CHECK_CHARACTER_MISMATCH;
    }

    /** The check character for the first 17 characters; for building test fixtures and diagnostics. */
    public static char checkCharacterFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt(checkValue(sum));
    }

    private static int checkValue(int sum) {
        int c = 31 - sum % 31;
        return c == 31 ? 0 : c;
    }
}
