package cn.healthsec.reporting.vocabulary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The designated contact: the only place a report may carry a person's name, phone and e-mail. */
public record Contact(@NotBlank @Size(max = 50) String name, @Size(max = 30) String phone, @Size(max = 100) String email) {
}
