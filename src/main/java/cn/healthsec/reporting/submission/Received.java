package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.institution.Institution;
import cn.healthsec.reporting.security.Caller;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * A report that passed intake, as its type's service receives it: the body read into its record
 * and as sent, the caller's registered institution, the caller, the moment of receipt, the id
 * the intake chose for the submission (and claimed its Idempotency-Key for), the version it
 * amends (null for a new report), and whether it is a dry run (checked and evaluated, then
 * rolled back: nothing is stored or routed).
 */
public record Received<T>(T report, JsonNode content, Institution institution, Caller caller, Instant at, UUID id,
                          Amending amending, boolean dryRun) {

    /** A new report, filed for real. */
    public Received(T report, JsonNode content, Institution institution, Caller caller, Instant at, UUID id) {
        this(report, content, institution, caller, at, id, null, false);
    }

    /**
     * The version a report amends: the previous version, the lineage (its first version's id), the
     * new version's number and the first version's reference, which the new one carries with "/n".
     */
    public record Amending(UUID previousId, String previousReference, UUID lineageId, int version, String baseReference) {

        public String reference() {
            return baseReference + "/" + version;
        }
    }
}
