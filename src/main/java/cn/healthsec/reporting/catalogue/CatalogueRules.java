package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.catalogue.api.CatalogueItem;
import cn.healthsec.reporting.catalogue.api.CatalogueReportRequest;
import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.dataexport.ExportAssessment;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.mlps.LevelOnRecord;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Deadline;
import cn.healthsec.reporting.rules.Finding;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Outcome;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.RuleOn;
import cn.healthsec.reporting.rules.RuleSet;
import cn.healthsec.reporting.rules.Severity;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.vocabulary.CrossBorderLegalBasis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule of important-data catalogue reports (RULEBOOK §B, §G), in one place. Findings name
 * items and networks by the institution's own ids, never by any free-text value.
 */
public final class CatalogueRules {

    static final Basis ART_11 = Basis.of(Source.DATA_MEASURES_2026, "art. 11 ¶1", Provenance.TRANSLATION);
    static final Basis ART_22_2 = Basis.of(Source.DATA_MEASURES_2026, "art. 22(2)", Provenance.TRANSLATION);
    static final Basis ART_22_4 = Basis.of(Source.DATA_MEASURES_2026, "art. 22(4)", Provenance.TRANSLATION);
    static final Basis ART_7 = Basis.of(Source.DATA_MEASURES_2026, "art. 7", Provenance.TRANSLATION);
    static final Basis ART_8 = Basis.of(Source.DATA_MEASURES_2026, "art. 8", Provenance.TRANSLATION);
    static final Basis ART_21 = Basis.of(Source.DATA_MEASURES_2026, "art. 21", Provenance.TRANSLATION);
    /**
     * 2018 Big Data Measures art. 30: "Healthcare big data shall be stored in the secure and reliable
     * servers within the territory of China" — the storage rule of 2026 art. 22(2) rests on it too.
     */
    static final Basis BIG_DATA_ART_30 = Basis.of(Source.BIG_DATA_MEASURES_2018, "art. 30", Provenance.TRANSLATION);
    static final Basis BIG_DATA_ART_34 = Basis.of(Source.BIG_DATA_MEASURES_2018, "art. 34", Provenance.TRANSLATION);
    /** 2022 Measures art. 20 ("每年对数据资产进行全面梳理") read as the catalogue's cadence: RULEBOOK B1 calls it a defensible default. */
    static final Basis REVIEW_CADENCE = Basis.of(Source.MEASURES_2022, "art. 20", Provenance.INFERENCE);

    /**
     * The report, when it arrived, the level on record of every network its items name (absent
     * when the service has no filing of it), the previous periodic review, and the review interval.
     */
    public record Input(CatalogueReportRequest report, Instant receivedAt, Map<String, Optional<LevelOnRecord>> networks,
                        Optional<LocalDate> previousPeriodicReview, int reviewIntervalMonths, boolean criticalInformationInfrastructure,
                        ExportAssessment.Thresholds exportThresholds, Set<String> approvedApplications) {

        /** A non-CII institution with no approved cross-border application, art. 7 at its default numbers. */
        public Input(CatalogueReportRequest report, Instant receivedAt, Map<String, Optional<LevelOnRecord>> networks,
                     Optional<LocalDate> previousPeriodicReview, int reviewIntervalMonths) {
            this(report, receivedAt, networks, previousPeriodicReview, reviewIntervalMonths, false, ExportAssessment.Thresholds.DEFAULT, Set.of());
        }
    }

    public static final RuleSet<Input> ALL = RuleSet.of(
            new HostingNetworkLevel(),
            new ImportantDataStoredInChina(),
            new CrossBorderTransfer(),
            new DerivedDataRegraded(),
            new GradeChangeHasReason(),
            new DisposalPlanInAdvance(),
            new ReorganizationDataTransfer(),
            new PeriodicReviewCadence());

    private CatalogueRules() {
    }

    public static Outcome evaluate(Input input) {
        return ALL.evaluate(input);
    }

    private static Map<String, Object> item(CatalogueItem i) {
        return Map.of("item", i.id());
    }

    /**
     * Important data is stored and processed on networks at MLPS level 3 or above; core data at
     * level 4, or under CII protection on a CII network — judged by the levels on record from the
     * institution's own MLPS filings. An unknown network is a finding, not a failure.
     */
    public static final class HostingNetworkLevel extends RuleOn<Input> {
        HostingNetworkLevel() { super("CATALOGUE-HOSTING-NETWORK-LEVEL", ART_11, "Important data sits on MLPS level 3+ networks; core data on level 4+ or CII networks, per the filings on record."); }

        public void apply(Input in, Outcome.Builder out) {
            for (CatalogueItem i : in.report().items()) {
                if (!i.grade().atLeastImportant()) {
                    continue;
                }
                List<String> networks = i.hostedOnNetworks() == null ? List.of() : i.hostedOnNetworks();
                if (networks.isEmpty()) {
                    out.finding(Finding.of("CATALOGUE_HOSTING_NETWORK_MISSING", Severity.WARNING, basis(), item(i)));
                }
                for (String network : networks) {
                    Optional<LevelOnRecord> record = in.networks().getOrDefault(network, Optional.empty());
                    Map<String, Object> args = Map.of("item", i.id(), "network", network);
                    if (record.isEmpty()) {
                        out.finding(Finding.of("CATALOGUE_NETWORK_NOT_ON_RECORD", Severity.WARNING, basis(), args));
                        continue;
                    }
                    LevelOnRecord r = record.get();
                    if (r.withdrawn()) {
                        out.finding(Finding.of("CATALOGUE_NETWORK_WITHDRAWN", Severity.VIOLATION, basis(), args));
                    } else if (i.grade() == DataGrade.CORE && !r.criticalInformationInfrastructure() && r.protectionLevel() < 4) {
                        out.finding(Finding.of("CATALOGUE_CORE_DATA_NETWORK_BELOW_LEVEL", Severity.VIOLATION, basis(),
                                Map.of("item", i.id(), "network", network, "level", r.protectionLevel(), "minimumLevel", 4)));
                    } else if (r.protectionLevel() < 3) {
                        out.finding(Finding.of("CATALOGUE_IMPORTANT_DATA_NETWORK_BELOW_LEVEL", Severity.VIOLATION, basis(),
                                Map.of("item", i.id(), "network", network, "level", r.protectionLevel(), "minimumLevel", 3)));
                    }
                }
            }
        }
    }

    /** "Important data collected and generated ... within the territory of China shall be stored within the territory of China." */
    public static final class ImportantDataStoredInChina extends RuleOn<Input> {
        ImportantDataStoredInChina() { super("CATALOGUE-IMPORTANT-DATA-STORED-IN-CHINA", ART_22_2, "Important and core data are stored within China."); }

        @Override
        public java.util.List<Basis> alsoRestsOn() {
            return java.util.List.of(BIG_DATA_ART_30);
        }

        public void apply(Input in, Outcome.Builder out) {
            for (CatalogueItem i : in.report().items()) {
                if (i.grade().atLeastImportant() && !i.storage().domestic()) {
                    out.finding(Finding.of("CATALOGUE_IMPORTANT_DATA_STORED_ABROAD", Severity.VIOLATION, basis(), item(i)));
                }
            }
        }
    }

    /**
     * An export takes the path of 2026 art. 22(4) where it falls within one of the circumstances of
     * the CAC Provisions art. 7 (important data; a CII operator's personal information; personal
     * information or sensitive personal information above art. 7's numbers, policy): self-assessment,
     * the leading group's approval, the local commission's review and approval — an approved
     * cross-border application, whose reference the item gives — then the Data Export Security
     * Assessment, whose reference it gives too. The academic exemption covers only data "that does
     * not contain personal information, sensitive data, or important data".
     */
    public static final class CrossBorderTransfer extends RuleOn<Input> {
        CrossBorderTransfer() { super("CATALOGUE-CROSS-BORDER-TRANSFER", ART_22_4, "An export within the CAC Provisions art. 7 names the cross-border application the local commission approved and the security assessment; the academic exemption excludes personal information, sensitive and important data."); }

        @Override
        public java.util.List<Basis> alsoRestsOn() {
            return java.util.List.of(ExportAssessment.ARTICLE_7);
        }

        public void apply(Input in, Outcome.Builder out) {
            for (CatalogueItem i : in.report().items()) {
                var cb = i.crossBorder();
                if (!cb.transferred()) {
                    continue;
                }
                if (cb.legalBasis() == null) {
                    out.finding(Finding.of("CATALOGUE_CROSS_BORDER_BASIS_MISSING", Severity.WARNING, basis(), item(i)));
                }
                long subjects = i.scale().personalInformationSubjects();
                boolean sensitive = Boolean.TRUE.equals(cb.sensitiveData());
                boolean important = i.grade().atLeastImportant();
                if (cb.legalBasis() == CrossBorderLegalBasis.ACADEMIC_EXEMPTION) {
                    if (!ExportAssessment.academicExemptionAvailable(subjects > 0, sensitive, important)) {
                        out.finding(Finding.of("CATALOGUE_ACADEMIC_EXEMPTION_NOT_AVAILABLE", Severity.VIOLATION, basis(), item(i)));
                    }
                    continue;
                }
                var export = new ExportAssessment.Export(in.criticalInformationInfrastructure(), important, subjects > 0, subjects,
                        sensitive ? subjects : 0);
                if (!ExportAssessment.required(export, in.exportThresholds())) {
                    continue;
                }
                if (!ExportAssessment.approved(in.approvedApplications(), cb.applicationReference())) {
                    out.finding(Finding.of("CATALOGUE_CROSS_BORDER_WITHOUT_APPROVED_APPLICATION", Severity.VIOLATION, basis(), item(i)));
                }
                if (cb.legalBasis() != CrossBorderLegalBasis.SECURITY_ASSESSMENT || cb.assessmentReference() == null
                        || cb.assessmentReference().isBlank()) {
                    out.finding(Finding.of(important ? "CATALOGUE_IMPORTANT_DATA_EXPORT_WITHOUT_ASSESSMENT" : "CATALOGUE_EXPORT_WITHOUT_ASSESSMENT",
                            Severity.VIOLATION, important ? basis() : ExportAssessment.ARTICLE_7, item(i)));
                }
            }
        }
    }

    /** Derived data (de-identified, labelled, statistical, aggregated) has its grade re-assessed. */
    public static final class DerivedDataRegraded extends RuleOn<Input> {
        DerivedDataRegraded() { super("CATALOGUE-DERIVED-DATA-REGRADED", ART_8, "Derived data carries the rationale of its re-grading."); }

        public void apply(Input in, Outcome.Builder out) {
            for (CatalogueItem i : in.report().items()) {
                if (i.derivedFrom() != null && !i.derivedFrom().isBlank()
                        && (i.regradingRationale() == null || i.regradingRationale().isBlank())) {
                    out.finding(Finding.of("CATALOGUE_DERIVED_DATA_NOT_REGRADED", Severity.WARNING, basis(), item(i)));
                }
            }
        }
    }

    /** A grade change gives its reason among art. 7 (1)–(3). */
    public static final class GradeChangeHasReason extends RuleOn<Input> {
        GradeChangeHasReason() { super("CATALOGUE-GRADE-CHANGE-REASON", ART_7, "A changed grade states its reason among 2026 art. 7 (1)-(3)."); }

        public void apply(Input in, Outcome.Builder out) {
            for (CatalogueItem i : in.report().items()) {
                if (i.previousGrade() != null && i.previousGrade() != i.grade() && i.gradeChangeReason() == null) {
                    out.finding(Finding.of("CATALOGUE_GRADE_CHANGE_WITHOUT_REASON", Severity.WARNING, basis(), item(i)));
                }
            }
        }
    }

    /**
     * 2018 Big Data Measures art. 34: "When a responsible entity is modified, it shall transfer the
     * healthcare big data under its management completely and safely to the institution that
     * continues to perform its functions or the health administrative department within its
     * jurisdiction". A reorganization report that has taken effect says to whom and when; before it
     * takes effect the transfer is expected (a warning).
     */
    public static final class ReorganizationDataTransfer extends RuleOn<Input> {
        ReorganizationDataTransfer() { super("CATALOGUE-REORGANIZATION-DATA-TRANSFER", BIG_DATA_ART_34, "A reorganization report says to whom (the successor or the health administrative department) and when the institution's healthcare data was transferred."); }

        public void apply(Input in, Outcome.Builder out) {
            CatalogueReportRequest r = in.report();
            if (r.reportType() != CatalogueReportType.REORGANIZATION || r.reorganization() == null
                    || r.reorganization().dataTransfer() != null) {
                return;
            }
            boolean effective = !r.reorganization().effectiveOn().isAfter(LegalTime.dateOf(in.receivedAt()));
            out.finding(Finding.of("CATALOGUE_REORGANIZATION_DATA_TRANSFER_MISSING", effective ? Severity.VIOLATION : Severity.WARNING,
                    basis(), Map.of("effectiveOn", r.reorganization().effectiveOn().toString())));
        }
    }

    /** On a merger, division, dissolution or bankruptcy the data-disposal plan is reported in advance. */
    public static final class DisposalPlanInAdvance extends RuleOn<Input> {
        DisposalPlanInAdvance() { super("CATALOGUE-DISPOSAL-PLAN-IN-ADVANCE", ART_21, "A reorganization's data-disposal plan reaches the local health authority before it takes effect."); }

        public void apply(Input in, Outcome.Builder out) {
            CatalogueReportRequest r = in.report();
            if (r.reportType() != CatalogueReportType.REORGANIZATION || r.reorganization() == null) {
                return;
            }
            out.deadline(new Deadline("DATA_DISPOSAL_PLAN_IN_ADVANCE", r.reorganization().effectiveOn().minusDays(1), false,
                    LegalTime.dateOf(in.receivedAt()), basis()));
        }
    }

    /**
     * The catalogue is reviewed periodically; the law gives no interval, the service's policy
     * (default 12 months, after 2022 art. 20's yearly review of data assets) does.
     */
    public static final class PeriodicReviewCadence extends RuleOn<Input> {
        PeriodicReviewCadence() { super("CATALOGUE-PERIODIC-REVIEW-CADENCE", REVIEW_CADENCE, "The catalogue is reviewed every configured interval (default 12 months)."); }

        public void apply(Input in, Outcome.Builder out) {
            CatalogueReportRequest r = in.report();
            int months = in.reviewIntervalMonths();
            if (r.reportType() == CatalogueReportType.PERIODIC_REVIEW) {
                in.previousPeriodicReview().ifPresent(previous -> out.deadline(new Deadline("PERIODIC_CATALOGUE_REVIEW",
                        previous.plusMonths(months), false, r.reviewedOn(), basis())));
            }
            LocalDate from = r.reportType() == CatalogueReportType.PERIODIC_REVIEW ? r.reviewedOn()
                    : in.previousPeriodicReview().orElse(r.reviewedOn());
            out.deadline(new Deadline("NEXT_PERIODIC_CATALOGUE_REVIEW", from.plusMonths(months), false, null, basis()));
        }
    }
}
