package cn.healthsec.reporting.catalogue.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

public record Scale(
        @NotNull @PositiveOrZero Long records,
        @NotNull @PositiveOrZero Long personalInformationSubjects,
        @PositiveOrZero Long volumeBytes) {
}
