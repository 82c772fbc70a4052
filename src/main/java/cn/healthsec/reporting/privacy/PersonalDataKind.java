package cn.healthsec.reporting.privacy;

/** Kinds of personal data a metadata-only report must never carry. */
public enum PersonalDataKind {
    /** 居民身份证号码: 18 characters, ISO 7064 MOD 11-2 check (GB 11643-1999). */
    RESIDENT_ID("personal_data_resident_id"),
    /** Mainland mobile number: 1[3-9] followed by nine digits, optionally +86. */
    MOBILE_NUMBER("personal_data_mobile"),
    EMAIL_ADDRESS("personal_data_email"),
    /** Bank card number: 13–19 digits passing the Luhn check. */
    BANK_CARD("personal_data_bank_card");

    private final String errorCode;

    PersonalDataKind(String errorCode) {
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
