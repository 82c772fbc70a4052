package cn.healthsec.reporting.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The catalogue record of an institution, for the capabilities that count from it (the obligation ledger). */
@ApplicationScoped
public class CatalogueRecord {

    /** Every accepted catalogue report of the institution, oldest first, with its items' grades and hosting networks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueOnRecord> history(String uscc) {
        Map<UUID, List<CatalogueOnRecord.Item>> items = new LinkedHashMap<>();
        CatalogueItemEntity.<CatalogueItemEntity>list("institutionUscc = ?1 order by submissionId, itemId", uscc).forEach(i ->
                items.computeIfAbsent(i.submissionId, k -> new java.util.ArrayList<>())
                        .add(new CatalogueOnRecord.Item(i.itemId, i.grade, List.of(i.hostedOnNetworks))));
        return CatalogueReportEntity.<CatalogueReportEntity>list("institutionUscc = ?1 order by receivedAt, submissionId", uscc).stream()
                .map(r -> new CatalogueOnRecord(r.submissionId, r.reportType, r.reviewedOn, r.receivedAt,
                        items.getOrDefault(r.submissionId, List.of())))
                .toList();
    }
}
