package cn.healthsec.reporting.catalogue.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where the data is stored: in China or not, and the region (e.g. a province or a cloud region). */
public record Storage(@NotNull Boolean domestic, @Size(max = 100) String region) {
}
