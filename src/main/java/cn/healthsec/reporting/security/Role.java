package cn.healthsec.reporting.security;

/** Values of the token's {@code groups} claim. */
public final class Role {
    public static final String INSTITUTION = "institution";
    public static final String AUTHORITY = "authority";
    public static final String ADMIN = "admin";
    /** A HIS vendor or regional platform filing for institutions that granted it the right (2022 Measures art. 3 ¶3). */
    public static final String DELEGATE = "delegate";

    private Role() {
    }
}
