package cn.healthsec.reporting.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated fact a report put on the record, from which a duty counts: a hazard identified, an
 * external provision started, a planned export or go-live, a personal-information audit done. The
 * obligation ledger derives what it owes by the rule of its {@link Kind}; the report that states it
 * (its submission and receipt) is what meets a duty to report it.
 *
 * @param subject what the fact is about, stable across versions (a network id, the report's reference)
 */
public record EventOnRecord(Kind kind, String subject, LocalDate on, UUID submissionId, Instant receivedAt) {

    public enum Kind {
        /** The day a hazard to important or core data was identified (2026 Data Measures art. 24 ¶3). */
        HAZARD_IDENTIFIED,
        /** The day a markedly increased network risk was found, no important or core data at stake (2022 Measures art. 25). */
        NETWORK_RISK_INCREASED,
        /** The day an external provision starts (2026 Data Measures art. 15 ¶3). */
        EXTERNAL_PROVISION_STARTED,
        /** The day a data export is planned to start, which its application for approval precedes (2026 art. 22(4)). */
        EXPORT_PLANNED,
        /** A new network's planned go-live, which its level's approval precedes (2022 Measures art. 6(1)). */
        NETWORK_GO_LIVE_PLANNED,
        /** A personal-information protection compliance audit done, as a self-inspection report records it (2026 art. 26). */
        PERSONAL_INFORMATION_AUDIT
    }
}
