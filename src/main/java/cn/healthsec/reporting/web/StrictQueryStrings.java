package cn.healthsec.reporting.web;

import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query string is read as strictly as the body: a parameter the operation does not define is
 * refused ({@code unknown_parameter}), and so is a parameter given twice ({@code repeated_parameter}:
 * no operation takes a list in its query, and taking the first of {@code limit=1&limit=500} silently
 * answers a question the caller did not ask). Every such parameter is named at once, 400, before
 * the operation reads anything. Runs after authentication and the role check (401, then 403 for a
 * role the operation does not name) and before the operation looks up its resource: like a
 * malformed body, a malformed query is answered 400 whoever's resource it names, which says nothing
 * about that resource.
 */
public class StrictQueryStrings {

    /** The query parameters each resource method declares, read once from its {@link QueryParam} annotations. */
    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (query.isEmpty()) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, StrictQueryStrings::queryParameters);
        List<FieldError> errors = new ArrayList<>();
        // In the order of their names: the request's own order is not kept by the parsed query.
        for (Map.Entry<String, List<String>> parameter : new java.util.TreeMap<>(query).entrySet()) {
            if (!known.contains(parameter.getKey())) {
                errors.add(FieldError.of(parameter.getKey(), "unknown_parameter"));
            } else if (parameter.getValue().size() > 1) {
                errors.add(FieldError.of(parameter.getKey(), "repeated_parameter"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    /** Those of the method's parameters, and of the fields of a {@code @BeanParam} parameter (the shared filing parameters). */
    static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] parameters = method.getParameterAnnotations();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation a : parameters[i]) {
                if (a instanceof BeanParam) {
                    for (java.lang.reflect.Field field : method.getParameterTypes()[i].getDeclaredFields()) {
                        Arrays.stream(field.getAnnotations()).forEach(f -> named(f, names));
                    }
                } else {
                    named(a, names);
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void named(Annotation a, Set<String> names) {
        if (a instanceof QueryParam q) {
            names.add(q.value());
        } else if (a instanceof org.jboss.resteasy.reactive.RestQuery r) {
            names.add(r.value());
        }
    }
}
