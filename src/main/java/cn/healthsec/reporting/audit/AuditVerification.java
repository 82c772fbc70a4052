package cn.healthsec.reporting.audit;

import java.time.OffsetDateTime;

/**
 * What a verification of the audit trail found. {@code INTACT}: every seal verified links to the
 * one before, and every record of the transactions it sealed is there, unchanged, in its place.
 * {@code BROKEN}: {@code firstBroken} names the first seal or record that is not.
 */
public record AuditVerification(Status status, long sealsVerified, long recordsVerified, long sealsExpired,
                                long unsealedRecords, Long firstSeal, Long lastSeal, Long nextSeal, Head head,
                                Broken firstBroken, OffsetDateTime verifiedAt) {

    public enum Status { INTACT, BROKEN }

    /** What broke. */
    public enum Kind {
        /** A record's columns differ from what was sealed. */
        RECORD_ALTERED,
        /** A sealed record is gone (and retention did not drop its month). */
        RECORD_MISSING,
        /** A record appears among the transactions of a seal that did not hold it. */
        RECORD_INSERTED,
        /** The sealed records are all there, in another order. */
        RECORDS_REORDERED,
        /** A record claims a time before the previous seal, which no transaction could have written. */
        RECORD_BACKDATED,
        /** A seal's fields do not hash to its stored hash, or it does not follow the seal before. */
        SEAL_ALTERED,
        /** A seal number is missing from the sequence. */
        SEAL_MISSING,
        /** The seal named by the anchor given does not carry the anchor's hash. */
        ANCHOR_MISMATCH
    }

    /** The first thing found broken: the seal, and the record when one can be named. */
    public record Broken(Kind kind, long sealNo, Long recordId) {
    }

    /** The newest seal verified: its hash is the anchor to compare with the one logged. */
    public record Head(long sealNo, String sealHash, OffsetDateTime sealedAt, int records) {
    }
}
