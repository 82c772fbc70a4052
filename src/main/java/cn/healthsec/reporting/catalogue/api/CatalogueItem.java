package cn.healthsec.reporting.catalogue.api;

import cn.healthsec.reporting.vocabulary.ProcessingMethod;
import cn.healthsec.reporting.vocabulary.DataCategory;
import cn.healthsec.reporting.vocabulary.DataGrade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One data holding, described by its metadata only (2026 Data Measures art. 6 ¶2). {@code id} is
 * the institution's own, stable across reports. {@code previousGrade} and {@code gradeChangeReason}
 * say what changed and why (art. 7); {@code derivedFrom} names the item a derived data set comes
 * from, and {@code regradingRationale} how its grade was re-assessed (art. 8).
 */
public record CatalogueItem(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String source,
        @NotNull DataCategory category,
        @NotNull DataGrade grade,
        DataGrade previousGrade,
        GradeChangeReason gradeChangeReason,
        @NotNull @Valid Scale scale,
        @NotBlank @Size(max = 500) String purpose,
        @NotNull @Size(min = 1, max = 8) List<@NotNull ProcessingMethod> processingMethods,
        @NotNull @Valid ResponsibleParty responsibleParty,
        @NotNull @Valid Storage storage,
        @NotNull @Valid CrossBorder crossBorder,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> protectionMeasures,
        @Size(max = 30) List<@NotBlank @Size(max = 64) String> hostedOnNetworks,
        @Size(max = 64) String derivedFrom,
        @Size(max = 1000) String regradingRationale) {
}
