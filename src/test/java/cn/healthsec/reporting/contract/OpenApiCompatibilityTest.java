package cn.healthsec.reporting.contract;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The compatibility check: openapi/openapi.yaml against the last released contract
 * (openapi/released/openapi-1.0.0.yaml) with openapi-diff, under the policy of the README — within
 * /api/v1 responses may gain fields and named enums may gain values (so openapi-diff's
 * "response enum increased" is not a break here); anything else it calls incompatible fails the
 * build unless openapi/released/compatibility-accepted.txt lists it with its reason.
 */
class OpenApiCompatibilityTest {

    static final String RELEASED = "openapi/released/openapi-1.0.0.yaml";

    @Test
    void shouldNotBreakAClientOfTheReleasedContract() throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(RELEASED, "openapi/openapi.yaml", List.of(),
                OpenApiDiffOptions.builder().configProperty("incompatible.response.enum.increased", "false").build());
        Set<String> breaks = new TreeSet<>();
        diff.getMissingEndpoints().forEach(e -> breaks.add("removed " + e.getMethod() + " " + e.getPathUrl()));
        for (ChangedOperation op : diff.getChangedOperations()) {
            if (!op.isIncompatible()) {
                continue;
            }
            Set<String> why = new TreeSet<>();
            if (op.getApiResponses() != null) {
                op.getApiResponses().getMissing().keySet().forEach(code -> why.add("response " + code + " : removed"));
                op.getApiResponses().getChanged().values().forEach(r -> {
                    if (r.getContent() != null) {
                        r.getContent().getChanged().values().forEach(c -> walk(c.getSchema(), "resp", why));
                        r.getContent().getMissing().keySet().forEach(mt -> why.add("resp " + mt + " : removed"));
                    }
                });
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getChanged().values().forEach(c -> walk(c.getSchema(), "req", why));
            }
            if (op.getParameters() != null) {
                op.getParameters().getMissing().forEach(p -> why.add("param " + p.getName() + " : removed"));
                op.getParameters().getIncreased().stream().filter(p -> Boolean.TRUE.equals(p.getRequired()))
                        .forEach(p -> why.add("param " + p.getName() + " : required added"));
                op.getParameters().getChanged().forEach(p -> {
                    if (p.getSchema() != null) {
                        walk(p.getSchema(), "param " + p.getName(), why);
                    }
                    if (p.isChangeRequired()) {
                        why.add("param " + p.getName() + " : required changed");
                    }
                });
            }
            if (why.isEmpty()) {
                why.add(op.getHttpMethod() + " " + op.getPathUrl() + " : incompatible (see openapi-diff)");
            }
            breaks.addAll(why);
        }
        Set<String> accepted = Files.readAllLines(Paths.get("openapi/released/compatibility-accepted.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        breaks.removeAll(accepted);
        assertEquals(Set.of(), breaks, "changes that break a client of " + RELEASED);
    }

    /** The incompatible changes of a schema, by where they are ("resp/routes[]/authorityId : ChangedPattern"). */
    static void walk(ChangedSchema s, String path, Set<String> out) {
        if (s == null || !s.isIncompatible()) {
            return;
        }
        for (Changed c : s.getChangedElements()) {
            if (c != null && !(c instanceof ChangedSchema) && c.isIncompatible()) {
                out.add(path + " : " + c.getClass().getSimpleName());
            }
        }
        if (s.isChangedType()) {
            out.add(path + " : type");
        }
        s.getMissingProperties().keySet().forEach(p -> out.add(path + "/" + p + " : removed"));
        s.getChangedProperties().forEach((name, p) -> walk(p, path + "/" + name, out));
        walk(s.getItems(), path + "[]", out);
        walk(s.getAddProp(), path + "{}", out);
    }
}
