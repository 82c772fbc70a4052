package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.problem.Messages;
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
    SubmissionQueries queries;

    @Inject
    IntakeMetrics metrics;

    public Response of(SubmissionService.Accepted accepted, HttpHeaders headers) {
        ReceiptView receipt = queries.receipt(accepted.id(), Messages.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        metrics.answered(receipt, accepted.created());
        return Response.status(accepted.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create("/api/v1/submissions/" + accepted.id()))
                .header(HttpHeaders.ETAG, queries.etag(accepted.id()))
                .entity(receipt)
                .build();
    }

    /** The answer to a dry run: 200 with the receipt the report would get; nothing was stored, so no Location and no ETag. */
    public Response dryRun(ReceiptView receipt) {
        metrics.dryRun(receipt);
        return Response.ok(receipt).build();
    }
}
