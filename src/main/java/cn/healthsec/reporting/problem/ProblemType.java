package cn.healthsec.reporting.problem;

/** The kinds of problem the API answers with: a stable {@code type} URI and an HTTP status each. */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_JSON(400, "malformed-json"),
    /** The request line or a parameter is unusable: not a valid URI, or characters no request may carry. */
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    /** The {@code If-Match} of a change names a state of the submission that is no longer current: re-read it and decide again. */
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    URI_TOO_LONG(414, "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    UNPROCESSABLE(422, "unprocessable"),
    /** A change of a submission without {@code If-Match}: lost updates are refused. */
    PRECONDITION_REQUIRED(428, "precondition-required"),
    /** The client (its token, or its address without one) sent more requests than its limit: retry after {@code Retry-After} seconds. */
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large"),
    INTERNAL(500, "internal"),
    /** The database cannot be reached: nothing was stored, retry after {@code Retry-After} seconds. */
    UNAVAILABLE(503, "unavailable");

    public static final String BASE_URI = "https://healthsec.cn/problems/";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return BASE_URI + slug;
    }
}
