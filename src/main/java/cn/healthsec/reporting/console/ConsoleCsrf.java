package cn.healthsec.reporting.console;

import cn.healthsec.reporting.problem.ProblemException;
import jakarta.ws.rs.core.NewCookie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection of the console's forms, by the double-submit cookie (OWASP): a random token in an
 * HttpOnly, Secure, SameSite=Strict cookie scoped to {@code /console}, and the same token in each
 * form's hidden field; a form action whose two differ is refused before it does anything.
 *
 * <p>quarkus-rest-csrf was tried first: its filter runs on every request of the application and
 * answers an empty 400 to any POST or PUT without its cookie (with {@code verify-token=false}) or to
 * any form-encoded body the API refuses as 415 (with it): the API's contract (problem+json, the
 * statuses documented) would no longer hold. Scoped to the console, the check is these few lines.
 */
final class ConsoleCsrf {

    static final String COOKIE = "console-csrf";
    static final String FIELD = "csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsoleCsrf() {
    }

    /** The token this browser holds, or a new one (then {@link #cookie} must be set on the answer). */
    static String token(String cookieToken) {
        if (cookieToken != null && cookieToken.matches("[A-Za-z0-9_-]{43}")) {
            return cookieToken;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static NewCookie cookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path("/console").httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    static void require(String formToken, String cookieToken) {
        if (formToken == null || cookieToken == null || formToken.isEmpty()
                || !MessageDigest.isEqual(formToken.getBytes(StandardCharsets.UTF_8), cookieToken.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.forbidden("csrf");
        }
    }
}
