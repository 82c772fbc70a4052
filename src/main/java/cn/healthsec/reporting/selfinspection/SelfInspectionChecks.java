package cn.healthsec.reporting.selfinspection;

import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.problem.UniqueIds;
import cn.healthsec.reporting.selfinspection.api.InspectionFinding;
import cn.healthsec.reporting.selfinspection.api.InventoriedNetwork;
import cn.healthsec.reporting.selfinspection.api.RectificationItem;
import cn.healthsec.reporting.selfinspection.api.RectificationState;
import cn.healthsec.reporting.selfinspection.api.SelfInspectionReportRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a self-inspection report malformed beyond single-field constraints. */
final class SelfInspectionChecks {

    /** The report names no person: no field may carry a phone number or an e-mail address. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(Pattern.compile("(?!)"));

    private SelfInspectionChecks() {
    }

    static List<FieldError> check(SelfInspectionReportRequest r) {
        List<FieldError> errors = new ArrayList<>();
        List<InventoriedNetwork> networks = r.networks() == null ? List.of() : r.networks();
        List<InspectionFinding> findings = r.findings() == null ? List.of() : r.findings();
        List<RectificationItem> items = r.rectification() == null ? List.of() : r.rectification();
        Set<String> networkIds = UniqueIds.of(networks, InventoriedNetwork::id, "/networks", "id", errors);
        Set<String> findingIds = UniqueIds.of(findings, InspectionFinding::id, "/findings", "id", errors);
        UniqueIds.of(items, RectificationItem::id, "/rectification", "id", errors);
        for (int i = 0; i < findings.size(); i++) {
            String network = findings.get(i) == null ? null : findings.get(i).networkId();
            if (network != null && !networkIds.contains(network)) {
                errors.add(FieldError.of("/findings/" + i + "/networkId", "unknown_network"));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            RectificationItem item = items.get(i);
            if (item == null) {
                continue;
            }
            if (item.findingId() != null && !findingIds.contains(item.findingId())) {
                errors.add(FieldError.of("/rectification/" + i + "/findingId", "unknown_finding"));
            }
            if (item.state() == RectificationState.DONE && item.completedOn() == null) {
                errors.add(FieldError.of("/rectification/" + i + "/completedOn", "required"));
            } else if (item.state() != null && item.state() != RectificationState.DONE && item.completedOn() != null) {
                errors.add(FieldError.of("/rectification/" + i + "/completedOn", "only_when_done"));
            }
        }
        return errors;
    }
}
