package cn.healthsec.reporting.problem;

import cn.healthsec.reporting.privacy.PersonalDataDetector;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds problem responses in the caller's language. Titles and details come from the bundle only. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detailKey, Map<String, Object> arguments,
                              List<FieldError> errors, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers == null ? null : headers.getAcceptableLanguages());
        List<Problem.Error> rendered = errors.stream()
                .map(e -> new Problem.Error(e.field(), e.code(),
                        Messages.text(locale, "field." + e.code(), e.arguments())))
                .toList();
        Problem problem = new Problem(type.uri(), Messages.text(locale, "problem." + type.slug() + ".title"),
                type.status(), Messages.text(locale, "problem.detail." + detailKey, arguments),
                uri == null ? null : PersonalDataDetector.redacted(uri.getRequestUri().getPath()), rendered.isEmpty() ? null : rendered);
        Response.ResponseBuilder builder = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        if (type == ProblemType.UNAUTHENTICATED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    public static Response of(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return of(e.type(), e.detailKey(), e.arguments(), e.errors(), headers, uri);
    }
}
