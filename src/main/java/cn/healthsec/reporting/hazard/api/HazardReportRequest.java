package cn.healthsec.reporting.hazard.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import cn.healthsec.reporting.problem.NotAfterReceipt;
import cn.healthsec.reporting.vocabulary.DataHolding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A report of risks and hazards (2026 Data Measures art. 24 ¶3: "risks and hazards that may cause
 * important data or core data security incidents"; 2022 Measures art. 25: "发现网络存在漏洞隐患、网络
 * 安全风险明显增大时…向有关主管监管部门报告"): the hazard, when it was identified, what it may cause,
 * the networks and data involved (metadata only), and the measures taken. Names no person.
 */
public record HazardReportRequest(
        @Size(max = 18) @UsccFormat String institution,
        @NotNull HazardKind kind,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @NotAfterReceipt LocalDate identifiedOn,
        @NotNull @Valid PossibleConsequence mayCause,
        @NotNull Boolean riskMarkedlyIncreased,
        @Size(max = 50) List<@NotNull @Valid AffectedNetwork> networks,
        @Size(max = 100) List<@NotNull @Valid DataHolding> data,
        @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 500) String> measuresTaken) {

    /** What the hazard may cause, and whether important or core data would be hit. */
    public record PossibleConsequence(
            @NotBlank @Size(max = 1000) String description,
            @NotNull Boolean importantData,
            @NotNull Boolean coreData) {
    }

    /** A network the hazard concerns: the institution's network id (as in its MLPS filings) and level. */
    public record AffectedNetwork(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String id,
            @NotBlank @Size(max = 200) String name,
            @Min(1) @Max(5) Integer protectionLevel) {
    }

    /** Important or core data at stake, as the consequence or the data involved says. */
    public boolean importantOrCoreData() {
        return Boolean.TRUE.equals(mayCause.importantData()) || Boolean.TRUE.equals(mayCause.coreData())
                || (data != null && data.stream().anyMatch(d -> d != null && d.grade().atLeastImportant()));
    }
}
