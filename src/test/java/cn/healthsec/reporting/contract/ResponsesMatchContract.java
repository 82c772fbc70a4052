package cn.healthsec.reporting.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;

import java.nio.file.Paths;

/**
 * Registered for every @QuarkusTest class (a Quarkus test callback, so that it runs in the same
 * class loader as the tests' REST Assured): each response a test receives
 * through REST Assured is checked against openapi/openapi.yaml — status documented, body matching
 * its schema. Requests are not checked, because tests send malformed ones on purpose.
 */
public class ResponsesMatchContract implements QuarkusTestBeforeClassCallback {

    private static volatile boolean installed;

    @Override
    public void beforeClass(Class<?> testClass) {
        if (installed) {
            return;
        }
        synchronized (ResponsesMatchContract.class) {
            if (!installed) {
                // swagger-parser finds its parsers with ServiceLoader on the context class loader;
                // under @QuarkusTest that is Quarkus's loader, so use the one that loaded us.
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                thread.setContextClassLoader(ResponsesMatchContract.class.getClassLoader());
                try {
                    install();
                } finally {
                    thread.setContextClassLoader(previous);
                }
                installed = true;
            }
        }
    }

    private static void install() {
        {
            {
                OpenApiInteractionValidator validator = OpenApiInteractionValidator
                        .createForSpecificationUrl(Paths.get("openapi/openapi.yaml").toUri().toString())
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .build())
                        .build();
                RestAssured.filters(new OpenApiValidationFilter(validator));
            }
        }
    }
}
