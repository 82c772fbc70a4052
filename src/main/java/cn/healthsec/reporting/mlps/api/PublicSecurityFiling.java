package cn.healthsec.reporting.mlps.api;

import cn.healthsec.reporting.problem.NotAfterReceipt;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The filing (or its change or withdrawal) with public security, once made. Certificate numbers of
 * the 2007 form are 11 digits; later forms are not confirmed (RULEBOOK §A.3), so only a safe
 * character set is enforced.
 */
public record PublicSecurityFiling(
        @NotNull @NotAfterReceipt LocalDate filedOn,
        @NotBlank @Size(max = 200) String organ,
        @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z-]+") String certificateNumber) {
}
