package cn.healthsec.reporting.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Set;
import java.util.UUID;

/**
 * Real RS256 access tokens, signed with the development key whose public half the test profile
 * trusts; quarkus-oidc checks signature, issuer and expiry exactly as in production.
 */
public final class Tokens {

    public static final String ISSUER = "https://dev.healthsec.local/issuer";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("dev-keys/private.pem");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the development signing key", e);
        }
    }

    public static String institution(String uscc) {
        return base("institution").claim("uscc", uscc).sign(KEY);
    }

    /** An institution's token whose subject the test chooses, to find the caller's audit records. */
    public static String institutionAs(String subject, String uscc) {
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.of("institution")).claim("uscc", uscc).expiresIn(300).sign(KEY);
    }

    public static String authority(String authorityId) {
        return base("authority").claim("authority_id", authorityId).sign(KEY);
    }

    /**
     * A delegate's token: its client ({@code azp}) and, when {@code uscc} is not null, the
     * institution it acts for in this request; the subject is its service account.
     */
    public static String delegate(String clientId, String uscc) {
        var jwt = Jwt.issuer(ISSUER).subject("service-account-" + clientId).groups(Set.of("delegate")).claim("azp", clientId);
        if (uscc != null) {
            jwt.claim("uscc", uscc);
        }
        return jwt.expiresIn(300).sign(KEY);
    }

    public static String admin() {
        return base("admin").sign(KEY);
    }

    /** A token that is well formed but whose role claims are whatever the test says. */
    public static String custom(Set<String> groups, String claim, String value) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER).subject("user-" + UUID.randomUUID()).groups(groups).expiresIn(300);
        if (claim != null) {
            b.claim(claim, value);
        }
        return b.sign(KEY);
    }

    public static String expired(String uscc) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).subject("late").groups(Set.of("institution")).claim("uscc", uscc)
                .issuedAt(now - 7200).expiresAt(now - 3600).sign(KEY);
    }

    public static String wrongIssuer(String uscc) {
        return Jwt.issuer("https://attacker.example/issuer").subject("x").groups(Set.of("institution"))
                .claim("uscc", uscc).expiresIn(300).sign(KEY);
    }

    /** Signed by a key the service has never seen. */
    public static String foreignKey(String uscc) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return Jwt.issuer(ISSUER).subject("x").groups(Set.of("institution")).claim("uscc", uscc)
                    .expiresIn(300).sign(g.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder base(String group) {
        return Jwt.issuer(ISSUER).subject(group + "-user-" + UUID.randomUUID()).groups(Set.of(group)).expiresIn(300);
    }
}
