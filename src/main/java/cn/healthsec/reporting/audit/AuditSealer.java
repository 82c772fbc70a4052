package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.audit.AuditChain.SealFields;
import cn.healthsec.reporting.audit.AuditStore.StoredSeal;
import cn.healthsec.reporting.rules.LegalTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Seals the audit trail into its hash chain, in batches, on every replica (only one seals at a
 * time: a transaction-level advisory lock). A seal takes every record written by the transactions
 * that have <b>finished</b> since the previous seal: those whose id is below the oldest transaction
 * of the service's own sessions still running ({@code writer_horizon()}, V23: a transaction of
 * another database or login never holds a seal back). No transaction that finishes later can add a
 * record to a range already sealed, so a record committed late is never mistaken for an inserted
 * one. Writers never wait for the chain.
 *
 * <p>Each seal is written to {@code audit_seal}, which the service may only append to, and its hash
 * (the anchor) to the log, where the database cannot rewrite it. The sealer also keeps the monthly
 * partitions of the coming months created.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    /** The advisory lock that lets one sealer run at a time, whatever the replicas. */
    static final long LOCK = 0x6865_616c_7468_5345L;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "healthsec.audit.seal-batch", defaultValue = "20000")
    int batch;

    @ConfigProperty(name = "healthsec.audit.partitions-ahead", defaultValue = "3")
    int monthsAhead;

    /** What one seal covered; {@code hash} is the anchor. */
    public record Seal(long sealNo, int records, Instant sealedAt, String head, String hash) {
    }

    @Scheduled(identity = "audit-sealer", every = "${healthsec.audit.seal-every:10s}", delayed = "${healthsec.audit.seal-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            Optional<Seal> seal;
            do {
                seal = sealOnce();
            } while (seal.isPresent() && seal.get().records() >= batch);
        } catch (RuntimeException e) {
            // Only the class: a driver's message can quote data. The next run seals what this one did not.
            LOG.errorf("audit sealing failed: %s", e.getClass().getName());
        }
    }

    @Scheduled(identity = "audit-partitions", every = "${healthsec.audit.partitions-every:6h}", delayed = "${healthsec.audit.seal-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void partitions() {
        try {
            int created = ensurePartitions();
            if (created > 0) {
                LOG.infof("audit trail: %d monthly partitions created ahead", created);
            }
        } catch (RuntimeException e) {
            LOG.errorf("audit partitions could not be created: %s", e.getClass().getName());
        }
    }

    /** Creates the partitions of this month and the next {@code healthsec.audit.partitions-ahead}; how many were new. */
    public int ensurePartitions() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("select audit_ensure_partitions(?, ?)")) {
                ps.setObject(1, LocalDate.now(LegalTime.ZONE).withDayOfMonth(1));
                ps.setInt(2, monthsAhead);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Seals what has finished since the last seal, at most about one batch; empty when there was nothing to seal or another sealer runs. */
    public Optional<Seal> sealOnce() {
        Optional<Seal> seal = QuarkusTransaction.requiringNew().call(this::seal);
        seal.ifPresent(AuditSealer::anchor);
        return seal;
    }

    private Optional<Seal> seal() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!locked(c)) {
                return Optional.empty();
            }
            Optional<StoredSeal> last = AuditStore.last(c);
            long sealNo = last.map(s -> s.sealNo() + 1).orElse(1L);
            long from = last.map(s -> s.fields().txidTo()).orElse(0L);
            byte[] previous = last.map(StoredSeal::sealHash).orElseGet(AuditChain::genesis);
            long horizon;
            Instant now;
            try (PreparedStatement ps = c.prepareStatement(
                    "select writer_horizon(), clock_timestamp()");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                horizon = rs.getLong(1);
                now = AuditStore.instant(rs, "clock_timestamp");
            }
            if (horizon <= from) {
                return Optional.empty();
            }
            long to = AuditStore.cut(c, from, horizon, batch).filter(t -> t > from).orElse(horizon);

            Chain chain = new Chain(previous);
            AuditStore.entries(c, from, to, chain::add);
            if (chain.count == 0) {
                return Optional.empty();
            }
            Instant sealedAt = Instant.ofEpochSecond(0, AuditChain.micros(now) * 1_000L);
            SealFields fields = new SealFields(sealNo, sealedAt, from, to, chain.count, chain.first, chain.last,
                    chain.ids(), chain.index.toByteArray(), previous, chain.head);
            byte[] hash = AuditChain.sealHash(fields);
            AuditStore.insert(c, fields, hash);
            return Optional.of(new Seal(sealNo, chain.count, sealedAt, AuditChain.hex(chain.head), AuditChain.hex(hash)));
        }
    }

    private static boolean locked(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The anchor goes to the log as its own fields, so a log store outside the database keeps every head. */
    private static void anchor(Seal seal) {
        MDC.put("auditSeal", String.valueOf(seal.sealNo()));
        MDC.put("auditAnchor", seal.hash());
        try {
            LOG.infof("audit anchor: seal %d sealed %d records, seal hash %s", seal.sealNo(), seal.records(), seal.hash());
        } finally {
            MDC.remove("auditSeal");
            MDC.remove("auditAnchor");
        }
    }

    /** The running chain of one seal. */
    private static final class Chain {
        byte[] head;
        int count;
        Instant first;
        Instant last;
        private long[] ids = new long[64];
        final ByteArrayOutputStream index = new ByteArrayOutputStream();

        Chain(byte[] previous) {
            this.head = previous;
        }

        void add(AuditChain.Entry e) {
            byte[] digest = AuditChain.digest(e);
            head = AuditChain.link(head, digest);
            index.writeBytes(AuditChain.indexed(digest));
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
            }
            ids[count++] = e.id();
            first = first == null || e.occurredAt().isBefore(first) ? e.occurredAt() : first;
            last = last == null || e.occurredAt().isAfter(last) ? e.occurredAt() : last;
        }

        long[] ids() {
            return Arrays.copyOf(ids, count);
        }
    }
}
