package cn.healthsec.reporting.submission.api;

import com.fasterxml.jackson.databind.JsonNode;

/** A submission's content as accepted, under the discriminator that names its schema. */
public record SubmissionContentView(ContentType contentType, JsonNode report) {
}
