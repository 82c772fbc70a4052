package cn.healthsec.reporting.dataexport.api;

import cn.healthsec.reporting.identifier.UsccFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who receives the data: an organisation's name, its USCC where it has one (a Chinese legal
 * entity), and its country (ISO 3166-1 alpha-2; {@code CN} within China).
 */
public record Recipient(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 18) @UsccFormat String uscc,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String country) {

    public boolean abroad() {
        return !"CN".equals(country);
    }
}
