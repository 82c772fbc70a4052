package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.submission.api.ReceiptView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The answer to an accepted report of any type: 201 with the receipt, or 200 for an idempotent replay. */
@ApplicationScoped
public class ReceiptResponses {

    @Inject
    IntakeMetrics metrics;

    public Response of(Filed filed) {
        metrics.answered(filed.answer().receipt(), filed.accepted().created());
        return Response.status(filed.accepted().created() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create("/api/v1/submissions/" + filed.accepted().id()))
                .header(HttpHeaders.ETAG, filed.answer().etag())
                .entity(filed.answer().receipt())
                .build();
    }

    /** The answer to a dry run: 200 with the receipt the report would get; nothing was stored, so no Location and no ETag. */
    public Response dryRun(ReceiptView receipt) {
        metrics.dryRun(receipt);
        return Response.ok(receipt).build();
    }
}
