package cn.healthsec.reporting.reference;

import cn.healthsec.reporting.calendar.WorkingDayCalendar;
import cn.healthsec.reporting.rules.LegalTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the division list and calendar are loaded. A missing holiday year does not make the
 * service unready (deadlines are then marked provisional), but operators see it here: load next
 * year's notice when the State Council publishes it, usually in November.
 */
@Readiness
@ApplicationScoped
public class ReferenceDataHealthCheck implements HealthCheck {

    @Inject
    ReferenceData referenceData;

    @Override
    public HealthCheckResponse call() {
        try {
            return check();
        } catch (RuntimeException e) {
            // Never loaded (the database was down from the start): not ready, said in one line.
            return HealthCheckResponse.named("reference-data").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    private HealthCheckResponse check() {
        int divisions = referenceData.divisions().size();
        WorkingDayCalendar calendar = referenceData.calendar();
        int thisYear = LegalTime.dateOf(LegalTime.now()).getYear();
        return HealthCheckResponse.named("reference-data")
                .status(divisions > 0)
                .withData("divisions", divisions)
                .withData("calendarYears", calendar.knownYears().toString())
                .withData("calendarCoversThisYear", calendar.knows(thisYear))
                .withData("calendarCoversNextYear", calendar.knows(thisYear + 1))
                .build();
    }
}
