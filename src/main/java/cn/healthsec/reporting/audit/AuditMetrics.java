package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.config.RefreshedGauges;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the audit trail is being sealed: records written since the last seal
 * ({@code healthsec_audit_unsealed_records}) and the age of the last seal
 * ({@code healthsec_audit_last_seal_age_seconds}); both growing means the sealer is stuck.
 */
@ApplicationScoped
public class AuditMetrics implements RefreshedGauges {

    @Inject
    MeterRegistry registry;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicLong unsealed = new AtomicLong();
    private final AtomicLong lastSealAge = new AtomicLong();

    @PostConstruct
    void register() {
        Gauge.builder("healthsec.audit.unsealed.records", unsealed, AtomicLong::get)
                .description("Audit records written since the last seal").register(registry);
        Gauge.builder("healthsec.audit.last.seal.age", lastSealAge, AtomicLong::get).baseUnit("seconds")
                .description("Seconds since the last seal of the audit trail (0 before the first)").register(registry);
    }

    @Override
    public String subject() {
        return "audit";
    }

    @Override
    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("select coalesce(max(txid_to), 0), "
                         + "coalesce(extract(epoch from clock_timestamp() - max(sealed_at))::bigint, 0) from audit_seal");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long from = rs.getLong(1);
                lastSealAge.set(rs.getLong(2));
                unsealed.set(AuditStore.countFrom(c, from));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("the audit trail's state could not be read", e);
            }
        });
    }
}
