package cn.healthsec.reporting.console;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's authorization matrix, over every page and form the two console resources declare
 * (read from their annotations, so a page added later is in the matrix without being listed): no
 * token 401; the other roles 403 (an institution on the commissions' console, a commission on the
 * institution's, an administrator or a vendor on either); a form without its CSRF token 403 even for the right role; only the signed-out
 * page is public. What each role sees of another jurisdiction or institution (404) is tested page
 * by page in {@link ConsoleTest}.
 */
@QuarkusTest
class ConsoleAuthorizationTest {

    record Page(String method, String path, String role) {
    }

    /** Every class of the console's package that serves a path, read from the compiled classes: a resource added later is in the matrix. */
    static List<Class<?>> resources() throws Exception {
        List<Class<?>> found = new ArrayList<>();
        java.nio.file.Path dir = java.nio.file.Path.of(ConsoleResource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(ConsoleResource.class.getPackageName().replace('.', '/'));
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName(ConsoleResource.class.getPackageName() + "." + name.substring(0, name.length() - 6));
                    if (c.isAnnotationPresent(Path.class)) {
                        found.add(c);
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Class::getName));
        return found;
    }

    static List<Page> pages() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            String role = resource.getAnnotation(RolesAllowed.class).value()[0];
            for (Method m : resource.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = (base + (sub == null ? "" : sub.value())).replace("{id}", UUID.randomUUID().toString())
                        .replace("{entry}", "1").replace("{uscc}", "91510104MA0000000X");
                pages.add(new Page(verb, path, m.isAnnotationPresent(PermitAll.class) ? null : role));
            }
        }
        return pages;
    }

    static io.restassured.response.Response call(Page p, RequestSpecification spec) {
        spec = spec.redirects().follow(false);
        return "GET".equals(p.method()) ? spec.get(p.path())
                : spec.contentType("application/x-www-form-urlencoded").formParam("outcome", "ACCEPTED").post(p.path());
    }

    @Test
    void shouldDenyEveryPageToAnyoneButItsRole() throws Exception {
        assertEquals(List.of(ConsoleInstitutionsResource.class, ConsoleResource.class, InstitutionConsoleResource.class), resources());
        String uscc = Fixtures.registerInstitution("510104", null);
        List<Page> pages = pages();
        assertTrue(pages.size() >= 15, "the console's pages and forms: " + pages);
        List<String> wrong = new ArrayList<>();
        for (Page p : pages) {
            if (p.role() == null) {
                expect(wrong, p, "public", 200, call(p, given()).statusCode());
                continue;
            }
            expect(wrong, p, "no token", 401, call(p, given()).statusCode());
            String other = "institution".equals(p.role()) ? Tokens.authority("HC-510104") : Tokens.institution(uscc);
            expect(wrong, p, "the other role", 403, call(p, given().auth().oauth2(other)).statusCode());
            expect(wrong, p, "an administrator", 403, call(p, given().auth().oauth2(Tokens.admin())).statusCode());
            expect(wrong, p, "a vendor filing for the institution", 403,
                    call(p, given().auth().oauth2(Tokens.delegate("vendor-his", uscc))).statusCode());
            if ("POST".equals(p.method())) {
                String own = "institution".equals(p.role()) ? Tokens.institution(uscc) : Tokens.authority("HC-510104");
                expect(wrong, p, "no CSRF token", 403, call(p, given().auth().oauth2(own)).statusCode());
                expect(wrong, p, "a forged CSRF token", 403, call(p, given().auth().oauth2(own).cookie(ConsoleCsrf.COOKIE, "a".repeat(43))
                        .formParam(ConsoleCsrf.FIELD, "b".repeat(43))).statusCode());
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** What a hostile or careless form sends: empty, huge, malformed, markup, control and invisible characters, another encoding's bytes. */
    static final List<String> JUNK = List.of("", " ", "x".repeat(5000), "-1", "99999999999999999999", "2026-02-30", "<script>alert(1)</script>",
            "\u0000\u202e\u200b", "../../etc/passwd", "%ff%fe", "{\"a\":", "NaN", "ACCEPTED\nRETURNED_FOR_CORRECTION", "１２３");

    /**
     * The console's fuzzing: every query and form parameter of every page and form, for its own role
     * with a valid CSRF token, filled with each junk value in turn — never a 5xx (a malformed value is
     * a 400 page, a path that names nothing a 404), and the junk never echoed unescaped.
     */
    @Test
    void shouldAnswerJunkInEveryParameterWithoutAServerError() throws Exception {
        String uscc = Fixtures.registerInstitution("510104", null);
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            String role = resource.getAnnotation(RolesAllowed.class).value()[0];
            String token = "institution".equals(role) ? Tokens.institution(uscc) : Tokens.authority("HC-510104");
            for (Method m : resource.getDeclaredMethods()) {
                boolean post = m.isAnnotationPresent(POST.class);
                if (!post && !m.isAnnotationPresent(GET.class)) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String template = base + (sub == null ? "" : sub.value());
                List<String> names = new ArrayList<>();
                for (java.lang.reflect.Parameter parameter : m.getParameters()) {
                    jakarta.ws.rs.FormParam form = parameter.getAnnotation(jakarta.ws.rs.FormParam.class);
                    jakarta.ws.rs.QueryParam query = parameter.getAnnotation(jakarta.ws.rs.QueryParam.class);
                    if (form != null && !ConsoleCsrf.FIELD.equals(form.value())) {
                        names.add(form.value());
                    } else if (query != null) {
                        names.add(query.value());
                    }
                }
                for (String junk : JUNK) {
                    // In the path, the junk that is one plain segment (the rest is the query's and the form's to carry).
                    String segment = junk.matches("[A-Za-z0-9-]{1,40}") ? junk : "x";
                    String path = template.replace("{id}", segment).replace("{entry}", segment).replace("{uscc}", uscc);
                    RequestSpecification spec = given().auth().oauth2(token).redirects().follow(false)
                            .urlEncodingEnabled(true).cookie(ConsoleCsrf.COOKIE, "c".repeat(43));
                    for (String name : names) {
                        spec = post ? spec.formParam(name, junk) : spec.queryParam(name, junk);
                    }
                    io.restassured.response.Response r;
                    try {
                        r = post ? spec.contentType("application/x-www-form-urlencoded; charset=UTF-8")
                                .formParam(ConsoleCsrf.FIELD, "c".repeat(43)).post(path) : spec.get(path);
                    } catch (IllegalArgumentException e) {
                        continue; // a path the HTTP client itself refuses to send (e.g. a raw %): nothing reached the service
                    }
                    requests++;
                    if (r.statusCode() >= 500) {
                        wrong.add(r.statusCode() + " " + (post ? "POST " : "GET ") + template + " with " + junk.substring(0, Math.min(20, junk.length())));
                    }
                    if (junk.startsWith("<script") && r.asString().contains(junk)) {
                        wrong.add("echoed unescaped: " + template);
                    }
                }
            }
        }
        assertTrue(requests > 200, "requests sent: " + requests);
        assertEquals(List.of(), wrong);
    }

    private static void expect(List<String> wrong, Page p, String who, int expected, int actual) {
        if (expected != actual) {
            wrong.add(p.method() + " " + p.path() + " (" + who + "): " + actual + ", expected " + expected);
        }
    }
}
