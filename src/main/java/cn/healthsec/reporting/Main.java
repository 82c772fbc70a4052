package cn.healthsec.reporting;

import cn.healthsec.reporting.web.HttpLimits;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. One thing must happen before Quarkus initialises its HTTP layer: its own
 * check of the request URI (a {@code java.net.URI} parse answered with a bare 400) is handed to
 * {@link HttpLimits}, which applies the same parse and stricter rules of its own first on every
 * request, and answers with a problem document like every other refusal.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        HttpLimits.takeOverUriValidation();
        Quarkus.run(args);
    }
}
