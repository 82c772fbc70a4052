package cn.healthsec.reporting.catalogue.api;

import cn.healthsec.reporting.vocabulary.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ResponsibleParty(
        @NotBlank @Size(max = 100) String department,
        @NotBlank @Size(max = 100) String role,
        @NotNull @Valid Contact contact) {
}
