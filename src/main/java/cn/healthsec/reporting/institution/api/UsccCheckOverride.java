package cn.healthsec.reporting.institution.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An operator's approval to register a legally issued USCC whose check character does not verify
 * (some early pilot-region codes: RULEBOOK §F.3). Recorded and audited.
 */
public record UsccCheckOverride(@NotBlank @Size(max = 200) String approvedBy, @NotBlank @Size(max = 500) String reason) {
}
