package cn.healthsec.reporting.support;

/** Synthetic personal data for tests: valid by checksum, belonging to no one. */
public final class PersonalData {

    /** A Shenzhen number born 1990-03-07, with its ISO 7064 MOD 11-2 check character. */
    public static final String RESIDENT_ID = residentId("44030619900307123");
    /** A Luhn-valid 16-digit test card number. */
    public static final String BANK_CARD = "6222021234567890128";

    private PersonalData() {
    }

    public static String residentId(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
