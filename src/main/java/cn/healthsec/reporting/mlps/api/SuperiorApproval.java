package cn.healthsec.reporting.mlps.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The superior competent department's approval of the level (报上级主管部门审核同意, 2022 Measures art. 6(1)). */
public record SuperiorApproval(@NotBlank @Size(max = 200) String authority, @NotNull @NotAfterReceipt LocalDate approvedOn) {
}
