package cn.healthsec.reporting.riskassessment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Item (3): a technical measure and how effective the assessment found it. */
public record TechnicalMeasure(@NotNull Kind kind, @Size(max = 300) String description, @NotNull Effectiveness effectiveness) {

    /** The measures Regulation art. 33 ¶2(3) names ("加密、备份、标签标识、访问控制、安全认证等技术措施"), and others. */
    public enum Kind {
        ENCRYPTION,
        BACKUP,
        LABELLING,
        ACCESS_CONTROL,
        AUTHENTICATION,
        OTHER
    }

    public enum Effectiveness {
        EFFECTIVE,
        PARTIALLY_EFFECTIVE,
        INEFFECTIVE
    }
}
