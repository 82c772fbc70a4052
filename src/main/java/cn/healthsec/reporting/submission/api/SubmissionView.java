package cn.healthsec.reporting.submission.api;

import com.fasterxml.jackson.databind.JsonNode;

/** A report as accepted, with its receipt and the state of each route. */
public record SubmissionView(JsonNode content, ReceiptView receipt) {
}
