package cn.healthsec.reporting.privacy;

import java.util.Map;

/**
 * The encodings of the web that hide a character behind ASCII, decoded for the personal-data
 * detector: HTML character references, numeric ({@code &#49;}, {@code &#x31;}, with or without the
 * closing semicolon) and named ({@code &commat;}, {@code &period;}, {@code &nbsp;}…); URL
 * percent-encoding ({@code %31}, and UTF-8 sequences such as {@code %E4%B8%80} for 一); and the
 * escapes of JavaScript and JSON written out as text ({@code \u0031}, {@code \x31}). Encoded twice
 * ({@code %2531}, {@code &amp;#49;}) is decoded too: at most {@value #ROUNDS} rounds, each linear in
 * the text. What does not decode to a character — a lone {@code %}, an unknown entity, a byte that
 * starts no UTF-8 sequence, a control character — is left as it was.
 */
final class WebEncodings {

    static final int ROUNDS = 3;

    /** Named character references that stand for a separator or for a character of an e-mail address. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("commat", "@"), Map.entry("period", "."), Map.entry("comma", ","), Map.entry("colon", ":"), Map.entry("semi", ";"),
            Map.entry("lpar", "("), Map.entry("rpar", ")"), Map.entry("lsqb", "["), Map.entry("rsqb", "]"), Map.entry("lbrack", "["),
            Map.entry("rbrack", "]"), Map.entry("lcub", "{"), Map.entry("rcub", "}"), Map.entry("lbrace", "{"), Map.entry("rbrace", "}"),
            Map.entry("sol", "/"), Map.entry("bsol", "\\"), Map.entry("lowbar", "_"), Map.entry("hyphen", "\u2010"), Map.entry("dash", "\u2010"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("minus", "\u2212"), Map.entry("plus", "+"),
            Map.entry("ast", "*"), Map.entry("midast", "*"), Map.entry("num", "#"), Map.entry("middot", "\u00B7"),
            Map.entry("centerdot", "\u00B7"), Map.entry("bull", "\u2022"), Map.entry("excl", "!"), Map.entry("quest", "?"),
            Map.entry("percnt", "%"), Map.entry("nbsp", "\u00A0"), Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"),
            Map.entry("thinsp", "\u2009"), Map.entry("hairsp", "\u200A"), Map.entry("numsp", "\u2007"), Map.entry("puncsp", "\u2008"),
            Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"), Map.entry("shy", "\u00AD"), Map.entry("lrm", "\u200E"),
            Map.entry("rlm", "\u200F"), Map.entry("NoBreak", "\u2060"), Map.entry("ZeroWidthSpace", "\u200B"));
    private static final int LONGEST_NAME = 14;

    private WebEncodings() {
    }

    /** The text decoded, or the same instance when there is nothing to decode. */
    static String decode(String text) {
        String s = text;
        for (int round = 0; round < ROUNDS && mayBeEncoded(s); round++) {
            String decoded = once(s);
            if (decoded == null) {
                break;
            }
            s = decoded;
        }
        return s;
    }

    private static boolean mayBeEncoded(String s) {
        return s.indexOf('&') >= 0 || s.indexOf('%') >= 0 || s.indexOf('\\') >= 0;
    }

    /** One round, or null when nothing in it decoded. */
    private static String once(String s) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            long decoded = c == '&' ? reference(s, i) : c == '%' ? percent(s, i) : c == '\\' ? escape(s, i) : -1;
            if (decoded < 0) {
                i++;
                continue;
            }
            int end = (int) decoded;
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, i);
            appendDecoded(out, s, i, end);
            copied = end;
            i = end;
        }
        if (out == null) {
            return null;
        }
        return out.append(s, copied, s.length()).toString();
    }

    // Each decoder returns the end of what it decodes at i, or -1; appendDecoded writes the result.
    // Decoding twice (once to measure, once to write) keeps both linear and the code simple.

    private static void appendDecoded(StringBuilder out, String s, int from, int end) {
        char c = s.charAt(from);
        if (c == '&') {
            if (s.charAt(from + 1) == '#') {
                out.appendCodePoint(numericValue(s, from, end));
            } else {
                out.append(NAMED.get(s.substring(from + 1, s.charAt(end - 1) == ';' ? end - 1 : end)));
            }
        } else if (c == '%') {
            for (int i = from; i < end; ) {
                int cp = utf8At(s, i, end);
                out.appendCodePoint(cp & 0x1FFFFF);
                i += 3 * (cp >>> 21);
            }
        } else {
            out.append((char) hex(s, from + 2, s.charAt(from + 1) == 'u' ? 4 : 2));
        }
    }

    /** {@code &#49;}, {@code &#x31;} (semicolon optional) or a known {@code &name;}: its end, or -1. */
    private static long reference(String s, int at) {
        if (at + 2 >= s.length()) {
            return -1;
        }
        if (s.charAt(at + 1) == '#') {
            boolean hexadecimal = s.charAt(at + 2) == 'x' || s.charAt(at + 2) == 'X';
            int i = at + (hexadecimal ? 3 : 2);
            int start = i;
            long value = 0;
            while (i < s.length() && i - start < 8 && Character.digit(s.charAt(i), hexadecimal ? 16 : 10) >= 0) {
                value = value * (hexadecimal ? 16 : 10) + Character.digit(s.charAt(i), hexadecimal ? 16 : 10);
                i++;
            }
            if (i == start || value == 0 || value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
                return -1;
            }
            return i < s.length() && s.charAt(i) == ';' ? i + 1 : i;
        }
        int i = at + 1;
        while (i < s.length() && i - at <= LONGEST_NAME && Character.isLetter(s.charAt(i)) && s.charAt(i) < 0x80) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ';' && NAMED.containsKey(s.substring(at + 1, i))) {
            return i + 1;
        }
        return -1;
    }

    private static int numericValue(String s, int from, int end) {
        boolean hexadecimal = s.charAt(from + 2) == 'x' || s.charAt(from + 2) == 'X';
        int i = from + (hexadecimal ? 3 : 2);
        int value = 0;
        for (; i < end && s.charAt(i) != ';'; i++) {
            value = value * (hexadecimal ? 16 : 10) + Character.digit(s.charAt(i), hexadecimal ? 16 : 10);
        }
        return value;
    }

    /**
     * A run of {@code %XX} that decodes as UTF-8 to characters that are not controls (whitespace
     * excepted): its end, or -1. The run ends at the first sequence that does not decode.
     */
    private static long percent(String s, int at) {
        int i = at;
        while (true) {
            int cp = utf8At(s, i, s.length());
            if (cp < 0) {
                break;
            }
            i += 3 * (cp >>> 21);
        }
        return i == at ? -1 : i;
    }

    /**
     * The UTF-8 character encoded as {@code %XX} triples at {@code i} (before {@code end}): its code
     * point in the low 21 bits and the number of bytes above them; -1 when there is none.
     */
    private static int utf8At(String s, int i, int end) {
        int lead = byteAt(s, i, end);
        if (lead < 0) {
            return -1;
        }
        int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0) {
            return -1;
        }
        int cp = length == 1 ? lead : lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int b = byteAt(s, i + 3 * k, end);
            if (b < 0 || (b & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        boolean overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        boolean control = cp < 0x20 ? cp != '\t' && cp != '\n' && cp != '\r' : cp >= 0x7F && cp <= 0x9F;
        if (overlong || control || (cp >= 0xD800 && cp <= 0xDFFF) || cp > Character.MAX_CODE_POINT) {
            return -1;
        }
        return cp | (length << 21);
    }

    private static int byteAt(String s, int i, int end) {
        if (i + 2 >= end || s.charAt(i) != '%') {
            return -1;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        return hi < 0 || lo < 0 || s.charAt(i + 1) > 0x7F || s.charAt(i + 2) > 0x7F ? -1 : hi * 16 + lo;
    }

    /** {@code \u0031} or {@code \x31} for a character that is not a control: its end, or -1. */
    private static long escape(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        char kind = s.charAt(at + 1);
        int digits = kind == 'u' ? 4 : kind == 'x' ? 2 : 0;
        if (digits == 0 || at + 2 + digits > s.length()) {
            return -1;
        }
        int value = hex(s, at + 2, digits);
        if (value < 0 || (value < 0x20 ? value != '\t' && value != '\n' && value != '\r' : value >= 0x7F && value <= 0x9F)) {
            return -1;
        }
        return at + 2 + digits;
    }

    private static int hex(String s, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            char c = s.charAt(i);
            int d = c > 0x7F ? -1 : Character.digit(c, 16);
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }
}
