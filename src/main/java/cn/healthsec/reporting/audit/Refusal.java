package cn.healthsec.reporting.audit;

/**
 * A refused request as the audit trail keeps it. {@code actor}, {@code role} and
 * {@code organisation} are what the token said, when there was a valid one; {@code reason} is the
 * problem type. Nothing from the request body or headers.
 */
public record Refusal(String actor, String role, String organisation, String method, String path, int status, String reason) {

    public static Refusal anonymous(String method, String path, int status, String reason) {
        return new Refusal(null, null, null, method, path, status, reason);
    }
}
