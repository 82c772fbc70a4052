package cn.healthsec.reporting.vocabulary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Data a report speaks of, by its metadata only, as the institution's catalogue describes it: the
 * catalogue item (its own id, when the data is catalogued), the category, the grade, and whether it
 * holds personal information, sensitive personal information among it. Never the data.
 */
public record DataHolding(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String catalogueItemId,
        @NotNull DataCategory category,
        @NotNull DataGrade grade,
        Boolean personalInformation,
        Boolean sensitivePersonalInformation) {

    /** Personal information of any kind, sensitive included. */
    public boolean holdsPersonalInformation() {
        return Boolean.TRUE.equals(personalInformation) || Boolean.TRUE.equals(sensitivePersonalInformation);
    }

    public boolean holdsSensitivePersonalInformation() {
        return Boolean.TRUE.equals(sensitivePersonalInformation);
    }
}
