package cn.healthsec.reporting.catalogue.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An important-data catalogue report: metadata about data holdings, never the data itself. */
public record CatalogueReportRequest(
        @NotNull CatalogueReportType reportType,
        @Size(max = 18) @UsccFormat String institution,
        @NotNull @NotAfterReceipt LocalDate reviewedOn,
        UUID previousReportId,
        @Valid Reorganization reorganization,
        @NotNull @Size(min = 1, max = 2000) List<@NotNull @Valid CatalogueItem> items) {
}
