package cn.healthsec.reporting.mlps.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Expert review of the proposed level (专家评审), required from level 2 (GB/T 22240-2020). */
public record ExpertReview(@NotNull @NotAfterReceipt LocalDate reviewedOn, @Size(max = 2000) String summary) {
}
