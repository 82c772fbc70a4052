package cn.healthsec.reporting.mlps.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A new network's level put to the superior competent department for approval (2022 Measures art.
 * 6(1): "对新建网络，应在规划和申报阶段确定网络安全保护等级…并报上级主管部门审核同意"): the network as
 * planned (its id is the one its MLPS filings will carry), the stage it is at, its planned go-live,
 * the proposed level and why, and the experts' review (GB/T 22240: level 2 and above). The superior
 * decides APPROVED, REFUSED or RETURNED_FOR_CORRECTION; the network's initial MLPS filing names the
 * approved request (its {@code superiorApproval.request}).
 */
public record LevelApprovalRequest(
        @Size(max = 18) @UsccFormat String institution,
        @NotNull @Valid PlannedNetwork network,
        @NotNull @Min(1) @Max(5) Integer proposedLevel,
        @NotBlank @Size(max = 2000) String rationale,
        @Valid ExpertReview expertReview) {

    /** The network being built. */
    public record PlannedNetwork(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull Stage stage,
            @NotNull LocalDate plannedGoLiveOn) {
    }

    /** Where the building of the network stands (规划、申报、建设、试运行、已上线). */
    public enum Stage {
        PLANNING,
        APPLICATION,
        CONSTRUCTION,
        TRIAL_OPERATION,
        IN_OPERATION
    }
}
