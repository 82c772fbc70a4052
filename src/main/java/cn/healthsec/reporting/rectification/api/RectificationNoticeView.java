package cn.healthsec.reporting.rectification.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A notice as issued, and the first rectification report that answered it (null while none has). */
public record RectificationNoticeView(UUID id, String reference, String institution, String authorityId, String documentNumber,
                                      String summary, List<NoticeProblem> problems, LocalDate dueOn, OffsetDateTime issuedAt,
                                      String issuedBy, Answer answeredBy) {

    public record Answer(UUID submissionId, OffsetDateTime receivedAt) {
    }
}
