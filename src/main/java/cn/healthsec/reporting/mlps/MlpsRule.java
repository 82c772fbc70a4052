package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.calendar.WorkingDayCalendar;
import cn.healthsec.reporting.mlps.api.MlpsFilingRequest;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Rule;

import java.time.Instant;
import java.util.Optional;

/** A rule over one MLPS filing; it adds the deadlines and findings it concludes to the outcome. */
public interface MlpsRule extends Rule {

    void apply(Input input, Outcome.Builder outcome);

    /**
     * What every MLPS rule reads: the filing, when it arrived, the working-day calendar, and the
     * network's latest earlier filing, if the service has one.
     */
    record Input(MlpsFilingRequest filing, Instant receivedAt, WorkingDayCalendar calendar, Optional<LevelOnRecord> onRecord) {

        public Input(MlpsFilingRequest filing, Instant receivedAt, WorkingDayCalendar calendar) {
            this(filing, receivedAt, calendar, Optional.empty());
        }
    }
}
