package cn.healthsec.reporting.rectification.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Where the rectification of one problem of the notice stands: what was done, and when it was completed. */
public record ProblemAnswer(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$") String problemId,
        @NotNull AnswerState state,
        @NotNull @Size(min = 1, max = 1000) String measures,
        @NotAfterReceipt LocalDate completedOn) {

    public enum AnswerState {
        DONE, IN_PROGRESS, NOT_STARTED
    }
}
