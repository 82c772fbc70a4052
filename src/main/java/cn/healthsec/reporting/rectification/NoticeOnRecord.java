package cn.healthsec.reporting.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A rectification notice as the obligation ledger counts from it: its reference, the day it is to
 * be answered by, and the first rectification report that answered it (null while none has).
 */
public record NoticeOnRecord(UUID noticeId, String reference, String authorityId, LocalDate dueOn, UUID answeredBy, Instant answeredAt) {
}
