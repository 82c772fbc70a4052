package cn.healthsec.reporting.riskassessment.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Item (5): the assessment made before providing, entrusting or jointly processing important data. */
public record ProvisionAssessment(
        @NotNull Activity activity,
        @NotBlank @Size(max = 200) String recipient,
        @Size(max = 18) @UsccFormat String recipientUscc,
        @NotBlank @Size(max = 300) String purpose,
        @NotNull Conclusion conclusion) {

    public enum Activity {
        PROVISION,
        ENTRUSTED_PROCESSING,
        JOINT_PROCESSING
    }

    public enum Conclusion {
        ACCEPTABLE,
        ACCEPTABLE_WITH_MEASURES,
        NOT_ACCEPTABLE
    }
}
