package cn.healthsec.reporting.riskassessment.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who assessed: the institution itself, or a third-party agency (name and USCC required then). */
public record Assessor(@NotNull Type type, @Size(max = 200) String agencyName, @Size(max = 18) @UsccFormat String agencyUscc) {

    public enum Type {
        SELF,
        THIRD_PARTY
    }
}
