package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.vocabulary.DataGrade;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One accepted catalogue report as the record keeps it: why it was reported, the review it reports,
 * and for each item only what obligations count from (its grade and the networks hosting it).
 */
public record CatalogueOnRecord(UUID submissionId, CatalogueReportType reportType, LocalDate reviewedOn, Instant receivedAt,
                                List<Item> items) {

    public CatalogueOnRecord {
        items = List.copyOf(items);
    }

    public record Item(String itemId, DataGrade grade, List<String> hostedOnNetworks) {

        public Item {
            hostedOnNetworks = List.copyOf(hostedOnNetworks);
        }
    }
}
