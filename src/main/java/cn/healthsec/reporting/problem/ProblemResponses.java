package cn.healthsec.reporting.problem;

import cn.healthsec.reporting.privacy.PersonalDataDetector;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds problem documents in the caller's language, for the REST layer and the HTTP layer alike.
 * Titles and details come from the bundle only. What the caller sent is echoed in two places
 * only — the request path ({@code instance}) and field pointers, which may name an unknown field —
 * and both are bounded in length and redacted when they carry personal data.
 */
public final class ProblemResponses {

    /** At most this many field errors are listed; the detail counts them all. */
    public static final int MAX_LISTED_ERRORS = 100;
    public static final int MAX_INSTANCE_LENGTH = 200;
    public static final int MAX_POINTER_SEGMENT = 64;
    public static final String REDACTED = "[redacted]";
    /** Seconds a client should wait before retrying a 503. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private ProblemResponses() {
    }

    /** The document itself, for any layer: {@code acceptLanguage} is the raw header, {@code path} the raw request path. */
    public static Problem document(ProblemType type, String detailKey, Map<String, Object> arguments, List<FieldError> errors,
                                   String acceptLanguage, String path) {
        Locale locale = Messages.choose(acceptLanguage);
        List<Problem.Error> rendered = errors.stream().limit(MAX_LISTED_ERRORS)
                .map(e -> new Problem.Error(safePointer(e.field()), e.code(), Messages.text(locale, "field." + e.code(), e.arguments())))
                .toList();
        String key = detailKey;
        Map<String, Object> args = arguments;
        if (errors.size() > MAX_LISTED_ERRORS && "validation".equals(detailKey)) {
            key = "validation-truncated";
            args = new HashMap<>(arguments);
            args.put("shown", MAX_LISTED_ERRORS);
        }
        return new Problem(type.uri(), Messages.text(locale, "problem." + type.slug() + ".title"), type.status(),
                Messages.text(locale, "problem.detail." + key, args), safeInstance(path), rendered.isEmpty() ? null : rendered);
    }

    public static Response of(ProblemType type, String detailKey, Map<String, Object> arguments,
                              List<FieldError> errors, HttpHeaders headers, UriInfo uri) {
        String acceptLanguage = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        Problem problem = document(type, detailKey, arguments, errors, acceptLanguage, uri == null ? null : uri.getRequestUri().getRawPath());
        Response.ResponseBuilder builder = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.CONTENT_LANGUAGE, Messages.choose(acceptLanguage).toLanguageTag());
        for (Map.Entry<String, String> h : extraHeaders(type).entrySet()) {
            builder.header(h.getKey(), h.getValue());
        }
        return builder.build();
    }

    public static Response of(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return of(e.type(), e.detailKey(), e.arguments(), e.errors(), headers, uri);
    }

    /** Headers a problem of this type always carries besides its content type and language. */
    public static Map<String, String> extraHeaders(ProblemType type) {
        return switch (type) {
            case UNAUTHENTICATED -> Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            case UNAVAILABLE -> Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            default -> Map.of();
        };
    }

    /** The request path as echoed: decoded, unsafe characters replaced, bounded, redacted when it carries personal data. */
    public static String safeInstance(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        String path = bound(printable(decode(rawPath)), MAX_INSTANCE_LENGTH);
        return PersonalDataDetector.detect(path).isEmpty() ? path : REDACTED;
    }

    /** A field pointer as echoed: each segment bounded and redacted on its own, so the rest still locates the field. */
    static String safePointer(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return pointer;
        }
        StringBuilder out = new StringBuilder();
        String[] segments = pointer.split("/", -1);
        for (int i = 0; i < segments.length && out.length() < MAX_INSTANCE_LENGTH; i++) {
            String segment = bound(printable(segments[i]), MAX_POINTER_SEGMENT);
            if (i > 0) {
                out.append('/');
            }
            out.append(PersonalDataDetector.detect(segment).isEmpty() ? segment : REDACTED);
        }
        return out.toString();
    }

    private static String decode(String raw) {
        try {
            return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    private static String printable(String s) {
        return TextHygiene.isUnsafe(s) || s.chars().anyMatch(c -> c < 0x20) ? s.codePoints()
                .map(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString() : s;
    }

    private static String bound(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max) + "…";
    }
}
