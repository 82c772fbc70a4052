package cn.healthsec.reporting.console;

import cn.healthsec.reporting.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * What every console resource answers with: a rendered page (with the CSRF cookie when it is new and
 * the language remembered when it was switched), a page under an error status, and how the
 * language and a path's id are read.
 */
final class ConsolePages {

    static final String LANG_COOKIE = "console-lang";

    private ConsolePages() {
    }

    /** The caller's language: {@code lang} if given (and remembered), else the cookie, else Chinese. */
    static ConsoleText text(String lang, String cookie) {
        return ConsoleText.forLanguage(lang != null ? lang : cookie);
    }

    /** A page, with the language remembered when it was switched ({@code lang} not null) and the CSRF cookie when it is new. */
    static Response page(TemplateInstance page, ConsoleText t, String lang, String csrf, String csrfCookie) {
        Response.ResponseBuilder r = Response.ok(page.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (!csrf.equals(csrfCookie)) {
            r.cookie(ConsoleCsrf.cookie(csrf));
        }
        if (lang != null) {
            r.cookie(new NewCookie.Builder(LANG_COOKIE).value(t.lang()).path("/console").httpOnly(true).secure(true)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
        return r.build();
    }

    /** A page under the status the API would answer (what refused a form, shown on the form's page). */
    static Response status(int status, TemplateInstance page) {
        return Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A malformed id names nothing: the same answer as an id the caller may not see. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }
}
