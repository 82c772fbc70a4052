package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.calendar.WorkingDayCalendar;
import cn.healthsec.reporting.mlps.api.MlpsFilingRequest;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Rule;

import java.time.Instant;

/** A rule over one MLPS filing; it adds the deadlines and findings it concludes to the outcome. */
public interface MlpsRule extends Rule {

    void apply(Input input, Outcome.Builder outcome);

    /** What every MLPS rule reads: the filing, when it arrived, and the working-day calendar. */
    record Input(MlpsFilingRequest filing, Instant receivedAt, WorkingDayCalendar calendar) {
    }
}
