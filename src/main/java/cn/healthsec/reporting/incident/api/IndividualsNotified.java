package cn.healthsec.reporting.incident.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Whether, when and how the affected individuals were told (2022 Measures art. 25; PIPL art. 57). */
public record IndividualsNotified(@NotNull Boolean notified, @NotAfterReceipt Instant notifiedAt, @Size(max = 6) List<@NotNull Method> methods) {

    public enum Method {
        PHONE,
        SMS,
        EMAIL,
        LETTER,
        INSTANT_MESSAGE,
        PUBLIC_NOTICE
    }
}
