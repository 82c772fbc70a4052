package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueReportRequest;
import cn.healthsec.reporting.mlps.LevelOnRecord;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A rule over one catalogue report. */
public interface CatalogueRule extends Rule {

    void apply(Input input, Outcome.Builder outcome);

    /**
     * The report, when it arrived, the level on record of every network its items name (absent
     * when the service has no filing of it), the previous periodic review, and the review interval.
     */
    record Input(CatalogueReportRequest report, Instant receivedAt, Map<String, Optional<LevelOnRecord>> networks,
                 Optional<LocalDate> previousPeriodicReview, int reviewIntervalMonths) {
    }
}
