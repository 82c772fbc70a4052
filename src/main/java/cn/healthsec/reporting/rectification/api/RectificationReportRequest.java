package cn.healthsec.reporting.rectification.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * The institution's answer to a rectification notice (2022 Measures art. 9: "形成整改报告向有关主管
 * 监管机构报备"): which notice, a summary, and where each problem stands. Metadata only.
 */
public record RectificationReportRequest(
        @UsccFormat String institution,
        @NotNull UUID notice,
        @NotNull @Size(min = 1, max = 2000) String summary,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid ProblemAnswer> problems) {
}
