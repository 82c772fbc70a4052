package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.audit.AuditChain.Entry;
import cn.healthsec.reporting.audit.AuditChain.SealFields;
import cn.healthsec.reporting.audit.AuditStore.StoredSeal;
import cn.healthsec.reporting.audit.AuditVerification.Broken;
import cn.healthsec.reporting.audit.AuditVerification.Head;
import cn.healthsec.reporting.audit.AuditVerification.Kind;
import cn.healthsec.reporting.audit.AuditVerification.Status;
import cn.healthsec.reporting.rules.LegalTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes the audit trail's chain from the stored records and seals (definitions in
 * {@link AuditChain}) and reports the first thing that differs. The work of one call is bounded:
 * it stops after the seal that takes it past {@code healthsec.audit.verify-max-records} and says
 * where to go on ({@code nextSeal}).
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int SEALS_PER_ROUND = 50;
    /** A verification of a million records takes seconds; its read transaction may run longer than a request's. */
    private static final int VERIFY_TIMEOUT_SECONDS = 600;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "healthsec.audit.verify-max-records", defaultValue = "1000000")
    long maxRecords;

    /**
     * The longest a transaction can run (Quarkus's transaction timeout and the database's statement
     * and idle-in-transaction timeouts are shorter): a record may claim a time at most this long
     * before the seal preceding its own.
     */
    @ConfigProperty(name = "healthsec.audit.max-transaction-age", defaultValue = "15m")
    Duration maxTransactionAge;

    /** An anchor from outside the database: the seal number and the hash logged for it. */
    public record Anchor(long sealNo, String sealHash) {
    }

    public AuditVerification verify(long fromSeal, Anchor anchor) {
        return QuarkusTransaction.requiringNew().timeout(VERIFY_TIMEOUT_SECONDS).call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return run(c, fromSeal, anchor);
            }
        });
    }

    private AuditVerification run(Connection c, long fromSeal, Anchor anchor) throws SQLException {
        Instant horizon = AuditStore.retentionHorizon(c).orElse(null);
        Optional<StoredSeal> before = fromSeal > 1 ? AuditStore.seal(c, fromSeal - 1) : Optional.empty();
        Progress p = new Progress(fromSeal, before.orElse(null));
        if (fromSeal > 1 && before.isEmpty()) {
            return p.broken(new Broken(Kind.SEAL_MISSING, fromSeal - 1, null));
        }
        while (true) {
            List<StoredSeal> seals = AuditStore.seals(c, p.expected, SEALS_PER_ROUND);
            for (StoredSeal seal : seals) {
                Broken broken = check(c, seal, p, horizon);
                if (broken != null) {
                    return p.broken(broken);
                }
                if (p.records >= maxRecords) {
                    return p.done(c, p.expected, anchor);
                }
            }
            if (seals.size() < SEALS_PER_ROUND) {
                return p.done(c, null, anchor);
            }
        }
    }

    private Broken check(Connection c, StoredSeal seal, Progress p, Instant retentionHorizon) throws SQLException {
        SealFields s = seal.fields();
        if (s.sealNo() != p.expected) {
            return new Broken(Kind.SEAL_MISSING, p.expected, null);
        }
        boolean follows = p.previous == null
                ? s.sealNo() == 1 && s.txidFrom() == 0 && Arrays.equals(s.previousHash(), AuditChain.genesis())
                : s.txidFrom() == p.previous.fields().txidTo() && Arrays.equals(s.previousHash(), p.previous.sealHash());
        if (!follows || !Arrays.equals(AuditChain.sealHash(s), seal.sealHash())
                || s.recordIds().length != s.recordCount() || s.recordDigests().length != s.recordCount() * AuditChain.INDEX_BYTES) {
            return new Broken(Kind.SEAL_ALTERED, s.sealNo(), null);
        }
        if (retentionHorizon != null && s.firstOccurredAt() != null && s.firstOccurredAt().isBefore(retentionHorizon)) {
            // Retention dropped (some of) its month: the seal still links the chain, its records are gone by design.
            p.accept(seal, 0, true);
            return null;
        }
        List<Entry> entries = new ArrayList<>(s.recordCount());
        AuditStore.entries(c, s.txidFrom(), s.txidTo(), entries::add);
        List<byte[]> digests = entries.stream().map(AuditChain::digest).toList();
        if (entries.size() != s.recordCount() || !Arrays.equals(AuditChain.head(s.previousHash(), digests), s.head())) {
            return locate(s, entries, digests);
        }
        Instant earliest = p.previous == null ? null : p.previous.fields().sealedAt().minus(maxTransactionAge);
        for (Entry e : entries) {
            if (earliest != null && e.occurredAt().isBefore(earliest)) {
                return new Broken(Kind.RECORD_BACKDATED, s.sealNo(), e.id());
            }
        }
        p.accept(seal, entries.size(), false);
        return null;
    }

    /** The first record where what is stored differs from what the seal holds. */
    private static Broken locate(SealFields s, List<Entry> entries, List<byte[]> digests) {
        long[] sealed = s.recordIds();
        Map<Long, Integer> sealedAt = new HashMap<>();
        for (int i = 0; i < sealed.length; i++) {
            sealedAt.put(sealed[i], i);
        }
        Map<Long, Integer> storedAt = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            storedAt.put(entries.get(i).id(), i);
        }
        int n = Math.max(sealed.length, entries.size());
        for (int i = 0; i < n; i++) {
            Long stored = i < entries.size() ? entries.get(i).id() : null;
            Long expected = i < sealed.length ? sealed[i] : null;
            if (stored != null && !sealedAt.containsKey(stored)) {
                return new Broken(Kind.RECORD_INSERTED, s.sealNo(), stored);
            }
            if (expected != null && !storedAt.containsKey(expected)) {
                return new Broken(Kind.RECORD_MISSING, s.sealNo(), expected);
            }
            if (stored != null && stored.equals(expected)) {
                byte[] index = Arrays.copyOfRange(s.recordDigests(), i * AuditChain.INDEX_BYTES, (i + 1) * AuditChain.INDEX_BYTES);
                if (!Arrays.equals(index, AuditChain.indexed(digests.get(i)))) {
                    return new Broken(Kind.RECORD_ALTERED, s.sealNo(), stored);
                }
            } else if (stored != null) {
                return new Broken(Kind.RECORDS_REORDERED, s.sealNo(), expected);
            }
        }
        // Every index entry matches, yet the chain does not: the seal's head is not the one computed.
        return new Broken(Kind.SEAL_ALTERED, s.sealNo(), null);
    }

    /** The running totals of one verification. */
    private static final class Progress {
        final long firstSeal;
        long expected;
        StoredSeal previous;
        long seals;
        long records;
        long expired;

        Progress(long fromSeal, StoredSeal before) {
            this.firstSeal = fromSeal;
            this.expected = fromSeal;
            this.previous = before;
        }

        void accept(StoredSeal seal, int recordCount, boolean expiredSeal) {
            seals++;
            records += recordCount;
            expired += expiredSeal ? 1 : 0;
            previous = seal;
            expected = seal.sealNo() + 1;
        }

        AuditVerification broken(Broken broken) {
            return result(Status.BROKEN, null, broken, 0);
        }

        AuditVerification done(Connection c, Long nextSeal, Anchor anchor) throws SQLException {
            if (anchor != null) {
                Optional<StoredSeal> anchored = AuditStore.seal(c, anchor.sealNo());
                if (anchored.isEmpty()) {
                    return result(Status.BROKEN, nextSeal, new Broken(Kind.SEAL_MISSING, anchor.sealNo(), null), 0);
                }
                if (!AuditChain.hex(anchored.get().sealHash()).equalsIgnoreCase(anchor.sealHash())) {
                    return result(Status.BROKEN, nextSeal, new Broken(Kind.ANCHOR_MISMATCH, anchor.sealNo(), null), 0);
                }
            }
            long unsealed = nextSeal != null ? 0
                    : AuditStore.countFrom(c, previous == null ? 0 : previous.fields().txidTo());
            return result(Status.INTACT, nextSeal, null, unsealed);
        }

        private AuditVerification result(Status status, Long nextSeal, Broken broken, long unsealed) {
            Head head = previous == null ? null : new Head(previous.sealNo(), AuditChain.hex(previous.sealHash()),
                    LegalTime.local(previous.fields().sealedAt()), previous.fields().recordCount());
            return new AuditVerification(status, seals, records, expired, unsealed, seals == 0 ? null : firstSeal,
                    seals == 0 ? null : expected - 1, nextSeal, head, broken, LegalTime.local(LegalTime.now()));
        }
    }
}
