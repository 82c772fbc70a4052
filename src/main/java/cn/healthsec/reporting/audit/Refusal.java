package cn.healthsec.reporting.audit;

/**
 * A refused request as the audit trail keeps it. {@code actor}, {@code role} and
 * {@code organisation} are what the token said, when there was a valid one; {@code reason} is the
 * problem type; {@code requestId} the request's id ({@link RequestId}). Nothing else from the request.
 */
public record Refusal(String actor, String role, String organisation, String method, String path, int status, String reason,
                      String requestId) {

    public static Refusal anonymous(String method, String path, int status, String reason, String requestId) {
        return new Refusal(null, null, null, method, path, status, reason, requestId);
    }
}
