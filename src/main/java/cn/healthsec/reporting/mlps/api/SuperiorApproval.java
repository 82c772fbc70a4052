package cn.healthsec.reporting.mlps.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import cn.healthsec.reporting.vocabulary.References;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The superior competent department's approval of the level (报上级主管部门审核同意, 2022 Measures art.
 * 6(1)); {@code request} is the reference of the level approval request the superior approved in
 * this service ({@code POST /api/v1/level-approval-requests}), when it was put through it.
 */
public record SuperiorApproval(@NotBlank @Size(max = 200) String authority, @NotNull @NotAfterReceipt LocalDate approvedOn,
                               @Size(max = 40) @Pattern(regexp = References.PATTERN) String request) {

    public SuperiorApproval(String authority, LocalDate approvedOn) {
        this(authority, approvedOn, null);
    }
}
