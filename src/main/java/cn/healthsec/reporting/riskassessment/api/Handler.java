package cn.healthsec.reporting.riskassessment.api;

import cn.healthsec.reporting.vocabulary.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Item (1): the handler's data-security body and its responsible person (the designated contact). */
public record Handler(
        @NotBlank @Size(max = 200) String securityBody,
        @NotNull @Valid Contact responsibleContact) {
}
