package cn.healthsec.reporting.security;

/** Values of the token's {@code groups} claim. */
public final class Role {
    public static final String INSTITUTION = "institution";
    public static final String AUTHORITY = "authority";
    public static final String ADMIN = "admin";

    private Role() {
    }
}
