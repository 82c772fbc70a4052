package cn.healthsec.reporting.privacy;

import java.text.Normalizer;

/**
 * Text as the personal-data detector reads it: Unicode NFKC (fullwidth digits and letters become
 * ASCII, {@code ＠} becomes {@code @}, circled and superscript digits become digits), then every
 * invisible character removed — format characters (zero-width space and joiners, soft hyphen,
 * bidirectional marks, word joiner, BOM), the fillers that render as nothing, and the combining
 * marks that composition left (a digit struck through or underlined). What is left is
 * what a human reader of the value would see. Linear in the length of the text.
 */
final class NormalisedText {

    private NormalisedText() {
    }

    static String of(String text) {
        String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        int first = firstInvisible(nfkc);
        if (first < 0) {
            return nfkc;
        }
        StringBuilder out = new StringBuilder(nfkc.length());
        out.append(nfkc, 0, first);
        for (int i = first; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            if (!isInvisible(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int firstInvisible(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isInvisible(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Format characters (Unicode category Cf), the default-ignorable fillers, and combining marks
     * left after composition (categories Mn and Me: digits struck through with U+0336, a keycap U+20E3), which
     * decorate a character without making it another.
     */
    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || cp == 0x034F            // combining grapheme joiner
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers
                || cp == 0x180E            // Mongolian vowel separator
                || (cp >= 0xFE00 && cp <= 0xFE0F);  // variation selectors
    }
}
