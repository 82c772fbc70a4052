package cn.healthsec.reporting.institution.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A determination as recorded. */
public record DeterminationView(long id, String institution, String authorityId, List<DeterminationRequest.Item> items,
                                LocalDate determinedOn, String documentNumber, OffsetDateTime recordedAt, String recordedBy) {
}
