package cn.healthsec.reporting.privacy;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text. Only the kind found is ever reported: the matched value is
 * neither returned nor logged. Checksums (MOD 11-2, Luhn) keep ordinary numbers from matching.
 */
public final class PersonalDataDetector {

    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?![0-9A-Za-z])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /**
     * Digit runs of 13–19 digits, allowing the single spaces or dashes cards are printed with. A run
     * glued to Latin letters is part of an identifier (a USCC's 17-digit body can pass Luhn), not a card.
     */
    private static final Pattern CARD = Pattern.compile("(?<![0-9A-Za-z])\\d(?:[ -]?\\d){12,18}(?![0-9A-Za-z])");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PersonalDataDetector() {
    }

    public static Set<PersonalDataKind> detect(String text) {
        Set<PersonalDataKind> found = EnumSet.noneOf(PersonalDataKind.class);
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher id = RESIDENT_ID.matcher(text);
        while (id.find()) {
            if (isResidentId(id.group())) {
                found.add(PersonalDataKind.RESIDENT_ID);
            }
        }
        if (MOBILE.matcher(text).find()) {
            found.add(PersonalDataKind.MOBILE_NUMBER);
        }
        if (EMAIL.matcher(text).find()) {
            found.add(PersonalDataKind.EMAIL_ADDRESS);
        }
        Matcher card = CARD.matcher(text);
        while (card.find()) {
            String digits = card.group().replaceAll("[ -]", "");
            if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits) && !isResidentId(digits)) {
                found.add(PersonalDataKind.BANK_CARD);
            }
        }
        return found;
    }

    /** The text, or a placeholder when it carries personal data: for request paths echoed or audited. */
    public static String redacted(String text) {
        return text == null || detect(text).isEmpty() ? text : "[redacted: personal data]";
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits, as GB 11643-1999 specifies. */
    static boolean isResidentId(String candidate) {
        if (candidate.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(candidate.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
