package cn.healthsec.reporting.mlps.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The network (定级对象) a filing is about; {@code id} is the institution's own, stable across filings. */
public record Network(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String id,
        @NotBlank @Size(max = 200) String name,
        LocalDate goLiveOn,
        @NotAfterReceipt LocalDate securityTestedOn,
        @NotNull @PositiveOrZero Long personalInformationSubjects,
        @NotNull Boolean processesImportantData,
        @NotNull Boolean processesCoreData,
        @NotNull Boolean criticalInformationInfrastructure,
        @Size(max = 16) List<@NotNull NewTechnology> newTechnologies) {
}
