package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.problem.Messages;
import cn.healthsec.reporting.problem.QueryParameters;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/**
 * The parameters every filing operation shares (the contract's {@code IdempotencyKey}, {@code DryRun}
 * and {@code Accept-Language}), declared once: each filing method takes them as its {@code @BeanParam}.
 */
public class IntakeParameters {

    @HeaderParam(IdempotencyKey.HEADER)
    String idempotencyKey;

    @QueryParam("dryRun")
    String dryRun;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String acceptLanguage;

    /** Parameters set by the service itself (the console's amendment form): a key, no dry run, the reader's language. */
    public static IntakeParameters of(String idempotencyKey, Locale locale) {
        IntakeParameters p = new IntakeParameters();
        p.idempotencyKey = idempotencyKey;
        p.acceptLanguage = locale.toLanguageTag();
        return p;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** {@code dryRun}: {@code true}, {@code false} or absent (false); anything else is refused (400). */
    public boolean dryRun() {
        QueryParameters q = QueryParameters.read();
        Boolean value = q.bool("dryRun", dryRun);
        q.check();
        return Boolean.TRUE.equals(value);
    }

    public Locale locale() {
        return Messages.choose(acceptLanguage);
    }
}
