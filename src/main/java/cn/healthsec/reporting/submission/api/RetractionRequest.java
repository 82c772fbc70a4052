package cn.healthsec.reporting.submission.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a submission sent in error is withdrawn; its recipients read it. */
public record RetractionRequest(@NotBlank @Size(max = 1000) String reason) {
}
