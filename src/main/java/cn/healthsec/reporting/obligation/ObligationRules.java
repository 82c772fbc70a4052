package cn.healthsec.reporting.obligation;

import cn.healthsec.reporting.calendar.DueDate;
import cn.healthsec.reporting.dataexport.CrossBorderRules;
import cn.healthsec.reporting.dataexport.ExternalProvisionRules;
import cn.healthsec.reporting.hazard.HazardRules;
import cn.healthsec.reporting.mlps.LevelApprovalRules;
import cn.healthsec.reporting.catalogue.CatalogueOnRecord;
import cn.healthsec.reporting.catalogue.api.CatalogueReportType;
import cn.healthsec.reporting.vocabulary.DataGrade;
import cn.healthsec.reporting.incident.IncidentOnRecord;
import cn.healthsec.reporting.incident.IncidentRules;
import cn.healthsec.reporting.incident.IncidentStage;
import cn.healthsec.reporting.mlps.FilingOnRecord;
import cn.healthsec.reporting.mlps.MlpsRules;
import cn.healthsec.reporting.mlps.api.FilingType;
import cn.healthsec.reporting.rectification.NoticeOnRecord;
import cn.healthsec.reporting.rectification.RectificationRules;
import cn.healthsec.reporting.riskassessment.RiskAssessmentOnRecord;
import cn.healthsec.reporting.riskassessment.api.AssessmentType;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.LegalTime;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Source;
import cn.healthsec.reporting.selfinspection.SelfInspectionOnRecord;
import cn.healthsec.reporting.selfinspection.SelfInspectionRules;
import cn.healthsec.reporting.selfinspection.api.RectificationState;
import cn.healthsec.reporting.submission.CorrectionOwed;
import cn.healthsec.reporting.submission.EventOnRecord;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Every rule of the obligation ledger, in one place: what an institution owes, derived from the
 * law and its record (RULEBOOK §A–§D). Each rule cites its source; where the law gives no number
 * the number is the service's policy ({@link LedgerPolicy}) and the obligation says {@code policy}.
 * What a submission's receipt said stays as it was; the live state of each obligation is here.
 */
public final class ObligationRules {

    /** "第二级以上网络应在网络安全保护等级确定后10个工作日内…向公安机关备案，并将备案情况报上级卫生健康行政部门". */
    static final Basis ART_6_2 = Basis.of(Source.MEASURES_2022, "art. 6(2)", Provenance.OFFICIAL_TEXT);
    /**
     * "第三级或第四级的网络应委托等级保护测评机构，每年至少一次开展网络安全等级测评。第二级的网络应委托等级保护测评机构定期开展
     * 网络安全等级测评，其中涉及10万人以上个人信息的网络应至少三年开展一次网络安全等级测评，其他的网络至少五年开展一次网络安全等级测评".
     */
    static final Basis ART_6_4 = Basis.of(Source.MEASURES_2022, "art. 6(4)", Provenance.OFFICIAL_TEXT);
    /** "shall promptly conduct a re-grading and re-filing of MLPS protection": promptly, in a number of working days the policy sets. */
    static final Basis REFILING = Basis.of(Source.DATA_MEASURES_2026, "art. 11 ¶1 (\"promptly\"; working days: healthsec.policy.refiling-working-days)",
            Provenance.INFERENCE);
    /** "shall periodically review their data … and report to the local health administrative authority"; 2022 art. 20: "每年". */
    static final Basis CATALOGUE_REVIEW = Basis.of(Source.DATA_MEASURES_2026,
            "art. 6 ¶2; 2022 Measures art. 20 (interval: healthsec.policy.catalogue-review-interval-months)", Provenance.INFERENCE);
    /** "regularly conduct security risk assessments … and submit risk assessment reports to the local health administrative authority". */
    static final Basis RISK_ASSESSMENT = Basis.of(Source.DATA_MEASURES_2026,
            "art. 9(3) (\"regularly\"; interval: healthsec.policy.risk-assessment-interval-months)", Provenance.INFERENCE);
    /** "conduct an annual risk assessment … and submit risk assessment reports"; no text sets the calendar date (RULEBOOK §H.12). */
    /**
     * A submission returned for correction is corrected within the policy's working days. No text
     * sets this duty's time (2022 art. 24 speaks of problems an inspection finds, not of a returned
     * filing): it is the service's policy.
     */
    static final Basis CORRECTION = Basis.of(Source.SERVICE_POLICY,
            "correction of a returned submission (working days: healthsec.policy.correction-working-days)", Provenance.INFERENCE);
    static final Basis ANNUAL_RISK_ASSESSMENT = Basis.of(Source.DATA_MEASURES_2026,
            "art. 10 (due date: healthsec.policy.annual-risk-assessment-due, else -interval-months)", Provenance.INFERENCE);

    /** "conduct personal information protection compliance audits regularly": the interval is policy; no text asks the audit reported. */
    static final Basis PI_AUDIT = Basis.of(Source.DATA_MEASURES_2026,
            "art. 26 (\"regularly\"; interval: healthsec.policy.personal-information-audit-interval-months)", Provenance.INFERENCE);

    public static final List<ObligationRule> ALL = List.of(
            new PublicSecurityFiling(),
            new SuperiorReport(),
            new LevelAssessment(),
            new Refiling(),
            new CatalogueReview(),
            new RiskAssessmentReport(),
            new AnnualRiskAssessmentReport(),
            new IncidentRouteClock(),
            new IncidentFinalReport(),
            new SelfInspectionReport(),
            new RectificationItemDue(),
            new Correction(),
            new RectificationNoticeAnswer(),
            new HazardReport(),
            new ExternalProvisionReport(),
            new CrossBorderApplication(),
            new LevelApprovalRequest(),
            new PersonalInformationAudit());

    private ObligationRules() {
    }

    /** Every obligation of the institution, in rule order. */
    public static List<Obligation> derive(InstitutionRecord record) {
        List<Obligation> out = new ArrayList<>();
        for (ObligationRule rule : ALL) {
            rule.derive(record, out::add);
        }
        return out;
    }

    /** The filings of each network, oldest first, networks in the order first filed. */
    static Map<String, List<FilingOnRecord>> byNetwork(List<FilingOnRecord> filings) {
        Map<String, List<FilingOnRecord>> out = new LinkedHashMap<>();
        filings.forEach(f -> out.computeIfAbsent(f.networkId(), k -> new ArrayList<>()).add(f));
        return out;
    }

    /**
     * The level decisions of a network: filings reporting the same decision (type and day of the
     * level decision) are one decision, first filed by the first of them.
     */
    static Map<String, List<FilingOnRecord>> decisions(List<FilingOnRecord> filings) {
        Map<String, List<FilingOnRecord>> out = new LinkedHashMap<>();
        filings.forEach(f -> out.computeIfAbsent(f.filingType() + "@" + f.levelDeterminedOn(), k -> new ArrayList<>()).add(f));
        return out;
    }

    /**
     * A level decision (initial, change, withdrawal) of a level 2+ network is filed with public
     * security within 10 working days (art. 6(2)); met on the filing day a later or the same filing
     * reports. Level 1 networks are not filed (RULEBOOK A4).
     */
    public static final class PublicSecurityFiling extends ObligationRule {
        PublicSecurityFiling() { super("OBL-MLPS-PSB-FILING", ObligationKind.PUBLIC_SECURITY_FILING, ART_6_2, "Each level decision of a level 2+ network is filed with public security within 10 working days."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            byNetwork(r.filings()).forEach((network, filings) -> decisions(filings).forEach((decision, same) -> {
                FilingOnRecord first = same.get(0);
                if (first.highestLevel() < 2) {
                    return;
                }
                DueDate due = r.calendar().workingDaysAfter(first.levelDeterminedOn(), MlpsRules.FILING_WORKING_DAYS);
                Obligation.Met met = same.stream().filter(f -> f.psbFiledOn() != null).findFirst()
                        .map(f -> Obligation.Met.reported(f.submissionId(), f.psbFiledOn())).orElse(null);
                out.accept(onDay(this, obligationId(r, kind(), network, decision), network, due.dueOn(), due.provisional(), met, basis()));
            }));
        }
    }

    /** The same decision reaches the superior health commission within the same 10 working days: met by the filing's receipt. */
    public static final class SuperiorReport extends ObligationRule {
        SuperiorReport() { super("OBL-MLPS-SUPERIOR-REPORT", ObligationKind.SUPERIOR_REPORT, ART_6_2, "Each level decision of a level 2+ network is reported to the superior health commission within 10 working days."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            byNetwork(r.filings()).forEach((network, filings) -> decisions(filings).forEach((decision, same) -> {
                FilingOnRecord first = same.get(0);
                if (first.highestLevel() < 2) {
                    return;
                }
                DueDate due = r.calendar().workingDaysAfter(first.levelDeterminedOn(), MlpsRules.FILING_WORKING_DAYS);
                out.accept(onDay(this, obligationId(r, kind(), network, decision), network, due.dueOn(), due.provisional(),
                        Obligation.Met.received(first.submissionId(), first.receivedAt()), basis()));
            }));
        }
    }

    /**
     * The next level assessment (art. 6(4)): levels 3 and 4 yearly; level 2 every 3 years with
     * personal information of 100,000 people or more, else every 5. A cycle counts from each
     * assessment a filing records and is met by the next one recorded (on the day it was completed);
     * with none recorded, from go-live, else the level decision. The level of a closed cycle is the
     * one decided by its start; the open cycle follows the network's current level. A withdrawn
     * network owes no further assessment; assessments before the first one recorded are not known.
     */
    public static final class LevelAssessment extends ObligationRule {
        LevelAssessment() { super("OBL-MLPS-LEVEL-ASSESSMENT", ObligationKind.LEVEL_ASSESSMENT, ART_6_4, "Level 3 and 4 networks are assessed yearly, level 2 every 3 or 5 years by personal-information volume, counted from the last assessment on record."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            byNetwork(r.filings()).forEach((network, filings) -> {
                FilingOnRecord current = filings.get(filings.size() - 1);
                TreeMap<LocalDate, FilingOnRecord> assessments = new TreeMap<>();
                filings.stream().filter(f -> f.lastAssessmentOn() != null).forEach(f -> assessments.putIfAbsent(f.lastAssessmentOn(), f));
                List<LocalDate> anchors = new ArrayList<>(assessments.keySet());
                if (anchors.isEmpty()) {
                    FilingOnRecord first = filings.get(0);
                    anchors.add(first.goLiveOn() != null ? first.goLiveOn() : first.levelDeterminedOn());
                }
                for (int i = 0; i < anchors.size(); i++) {
                    LocalDate anchor = anchors.get(i);
                    boolean open = i == anchors.size() - 1;
                    if (open && current.filingType() == FilingType.WITHDRAWAL) {
                        return;
                    }
                    FilingOnRecord decided = open ? current : decidedBy(filings, anchor);
                    int years = MlpsRules.AssessmentCadence.intervalYears(decided.protectionLevel(), decided.personalInformationSubjects());
                    if (years == 0) {
                        continue;
                    }
                    Obligation.Met met = open ? null : Obligation.Met.reported(assessments.get(anchors.get(i + 1)).submissionId(), anchors.get(i + 1));
                    out.accept(onDay(this, obligationId(r, kind(), network, anchor.toString()), network, anchor.plusYears(years), false, met, basis()));
                }
            });
        }

        /** The latest filing whose level decision was in force on {@code day}; the first filing if none was yet. */
        private static FilingOnRecord decidedBy(List<FilingOnRecord> filings, LocalDate day) {
            FilingOnRecord decided = filings.get(0);
            for (FilingOnRecord f : filings) {
                if (!f.levelDeterminedOn().isAfter(day) && f.filingType() != FilingType.WITHDRAWAL) {
                    decided = f;
                }
            }
            return decided;
        }
    }

    /**
     * A catalogue report that puts important data on a network below level 3 (core data below
     * level 4, or below 3 on a CII network), by the levels on record when it arrived, owes the
     * network's re-grading and re-filing (2026 art. 11 ¶1, "promptly": policy working days). Met by
     * the first later filing of the network at the level the data needs, or by a later catalogue
     * report that no longer puts such data on it. A new obligation only starts once the last is met.
     */
    public static final class Refiling extends ObligationRule {
        Refiling() { super("OBL-MLPS-REFILING-FOR-DATA-GRADE", ObligationKind.MLPS_REFILING, REFILING, "A network holding important or core data below the level it needs is re-graded and re-filed within the policy's working days of the catalogue report."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            Map<String, List<FilingOnRecord>> networks = byNetwork(r.filings());
            Map<String, Open> open = new LinkedHashMap<>();
            for (CatalogueOnRecord c : r.catalogues()) {
                Map<String, Integer> needed = neededLevels(c, networks);
                open.entrySet().removeIf(e -> {
                    if (needed.containsKey(e.getKey())) {
                        return false;
                    }
                    out.accept(e.getValue().met(Obligation.Met.received(c.submissionId(), c.receivedAt())));
                    return true;
                });
                needed.forEach((network, level) -> {
                    if (open.containsKey(network)) {
                        return;
                    }
                    DueDate due = r.calendar().workingDaysAfter(LegalTime.dateOf(c.receivedAt()), r.policy().refilingWorkingDays());
                    Obligation o = onDay(this, obligationId(r, kind(), network, c.submissionId().toString()), network, due.dueOn(),
                            due.provisional(), null, basis());
                    Optional<FilingOnRecord> raised = networks.get(network).stream()
                            .filter(f -> f.receivedAt().isAfter(c.receivedAt()) && f.filingType() != FilingType.WITHDRAWAL
                                    && f.protectionLevel() >= level)
                            .findFirst();
                    if (raised.isPresent()) {
                        out.accept(withMet(o, Obligation.Met.received(raised.get().submissionId(), raised.get().receivedAt())));
                    } else {
                        open.put(network, new Open(o));
                    }
                });
            }
            open.values().forEach(o -> out.accept(o.obligation()));
        }

        private record Open(Obligation obligation) {
            Obligation met(Obligation.Met met) {
                return withMet(obligation, met);
            }
        }

        /** The networks of this report holding graded data below the level it needs, as on record when the report arrived. */
        private static Map<String, Integer> neededLevels(CatalogueOnRecord c, Map<String, List<FilingOnRecord>> networks) {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (CatalogueOnRecord.Item item : c.items()) {
                if (!item.grade().atLeastImportant()) {
                    continue;
                }
                for (String network : item.hostedOnNetworks()) {
                    Optional<FilingOnRecord> onRecord = networks.getOrDefault(network, List.of()).stream()
                            .filter(f -> !f.receivedAt().isAfter(c.receivedAt())).reduce((a, b) -> b);
                    if (onRecord.isEmpty() || onRecord.get().filingType() == FilingType.WITHDRAWAL) {
                        continue;
                    }
                    FilingOnRecord f = onRecord.get();
                    int needed = item.grade() == DataGrade.CORE && !f.criticalInformationInfrastructure() ? 4 : 3;
                    if (f.protectionLevel() < needed) {
                        out.merge(network, needed, Math::max);
                    }
                }
            }
            return out;
        }
    }

    /**
     * Every institution reviews its data and reports its catalogue periodically (2026 art. 6 ¶2;
     * 2022 art. 20 "每年"): the interval is policy. Counted from registration and from each periodic
     * review (its review day); met by the next periodic review's receipt.
     */
    public static final class CatalogueReview extends ObligationRule {
        CatalogueReview() { super("OBL-CATALOGUE-REVIEW", ObligationKind.CATALOGUE_REVIEW, CATALOGUE_REVIEW, "Every institution reviews its data and reports its catalogue every configured interval (default 12 months) after registration or the last periodic review."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            List<Occurrence> reviews = r.catalogues().stream().filter(c -> c.reportType() == CatalogueReportType.PERIODIC_REVIEW)
                    .map(c -> new Occurrence(c.reviewedOn(), Obligation.Met.received(c.submissionId(), c.receivedAt()))).toList();
            cycles(this, r, null, r.registeredOn(), reviews, d -> d.plusMonths(r.policy().catalogueReviewMonths()), out);
        }
    }

    /**
     * Every institution "shall ... regularly conduct security risk assessments of the institution's
     * data ... and submit risk assessment reports to the local health administrative authority"
     * (2026 art. 9(3)): the interval is policy. Counted from registration and from each periodic
     * report — an annual one, which its supervisor receives; met by the next one's receipt. An
     * assessment before one provision (art. 11 ¶1) or an application for cross-entity provision of
     * core data (art. 11 ¶2, through the NHC) assesses one transfer, not the institution's data:
     * neither meets the periodic report.
     */
    public static final class RiskAssessmentReport extends ObligationRule {
        RiskAssessmentReport() { super("OBL-RA-REPORT", ObligationKind.RISK_ASSESSMENT_REPORT, RISK_ASSESSMENT, "Every institution reports a data-security risk assessment to its local commission every configured interval (default 12 months)."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            List<Occurrence> reports = r.riskAssessments().stream().filter(a -> a.assessmentType() == AssessmentType.ANNUAL)
                    .map(a -> new Occurrence(LegalTime.dateOf(a.receivedAt()), Obligation.Met.received(a.submissionId(), a.receivedAt())))
                    .toList();
            cycles(this, r, null, r.registeredOn(), reports, d -> d.plusMonths(r.policy().riskAssessmentMonths()), out);
        }
    }

    /**
     * An institution processing important or core data reports an annual risk assessment (2026
     * art. 10; Network Data Regulation art. 33). Where its province sets a date (MM-DD), the report
     * on year Y is due that day of Y+1, for every year from registration (or the first annual report)
     * to the year of derivation, met by the first annual report on that year; otherwise a cycle of the
     * policy's months after registration and each annual report.
     */
    public static final class AnnualRiskAssessmentReport extends ObligationRule {
        AnnualRiskAssessmentReport() { super("OBL-RA-ANNUAL-REPORT", ObligationKind.ANNUAL_RISK_ASSESSMENT_REPORT, ANNUAL_RISK_ASSESSMENT, "An important-data institution reports its risk assessment every year, by its province's date or the policy's interval."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            if (!r.institution().processesImportantData() && !r.institution().processesCoreData()) {
                return;
            }
            List<RiskAssessmentOnRecord> annual = r.riskAssessments().stream()
                    .filter(a -> a.assessmentType() == AssessmentType.ANNUAL).toList();
            Optional<MonthDay> provinceDate = r.policy().annualRiskAssessmentDue();
            if (provinceDate.isEmpty()) {
                cycles(this, r, null, r.registeredOn(), annual.stream().map(a -> new Occurrence(LegalTime.dateOf(a.receivedAt()),
                        Obligation.Met.received(a.submissionId(), a.receivedAt()))).toList(),
                        d -> d.plusMonths(r.policy().annualRiskAssessmentMonths()), out);
                return;
            }
            int from = annual.stream().mapToInt(RiskAssessmentOnRecord::year).min().orElse(r.registeredOn().getYear());
            from = Math.min(from, r.registeredOn().getYear());
            for (int year = from; year <= r.asOf().getYear(); year++) {
                int y = year;
                Obligation.Met met = annual.stream().filter(a -> a.year() == y).findFirst()
                        .map(a -> Obligation.Met.received(a.submissionId(), a.receivedAt())).orElse(null);
                out.accept(onDay(this, obligationId(r, kind(), Integer.toString(year), "Y"), Integer.toString(year),
                        provinceDate.get().atYear(year + 1), false, met, basis()));
            }
        }
    }

    /**
     * Each recipient of an incident whose route has an hour clock had to have the report by its due
     * instant; met by the delivery that started the clock (RULEBOOK §D; the clock's own citation).
     */
    public static final class IncidentRouteClock extends ObligationRule {
        IncidentRouteClock() { super("OBL-INCIDENT-ROUTE-CLOCK", ObligationKind.INCIDENT_ROUTE_CLOCK, Basis.of(Source.CAC_INCIDENT_MEASURES, "art. 4; 2022 Measures art. 27 (each route's clock)", Provenance.OFFICIAL_REPRINT), "Each recipient of an incident report with an hour clock receives it by the clock's due instant, counted from discovery."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            for (IncidentOnRecord i : r.incidents()) {
                for (IncidentOnRecord.RouteClock c : i.clocks()) {
                    String subject = i.id() + "/" + c.authorityId();
                    out.accept(new Obligation(obligationId(r, kind(), subject, "D"), kind(), subject, null, c.dueAt(), false,
                            Obligation.Met.received(c.submissionId(), c.deliveredAt()), c.basis(), Basis.citesPolicy(c.basis()), id(),
                            c.basisKey()));
                }
            }
        }
    }

    /**
     * An incident's final report is due 30 calendar days after handling ended (CAC Incident
     * Measures art. 8); while handling goes on it is owed without a due date yet (PENDING).
     */
    public static final class IncidentFinalReport extends ObligationRule {
        IncidentFinalReport() { super("OBL-INCIDENT-FINAL-REPORT", ObligationKind.INCIDENT_FINAL_REPORT, IncidentRules.FINAL_REPORT, "An incident of 较大 or above sends its final report within 30 calendar days after handling ends (one below 较大 with important or core data within the policy's days); until then it is owed without a date. A 一般 incident without such data owes none."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            for (IncidentOnRecord i : r.incidents()) {
                if (!IncidentRules.finalReportOwed(i.grade(), i.importantOrCoreData())) {
                    continue;
                }
                Obligation.Met met = i.reports().stream().filter(rep -> rep.stage() == IncidentStage.FINAL).findFirst()
                        .map(rep -> Obligation.Met.received(rep.submissionId(), rep.receivedAt())).orElse(null);
                boolean cac = IncidentRules.reportedToTheCac(i.grade());
                LocalDate due = i.handlingEndedAt() == null ? null : cac ? IncidentRules.finalReportDue(i.handlingEndedAt())
                        : LegalTime.dateOf(i.handlingEndedAt()).plusDays(r.policy().incidentSummaryDays());
                out.accept(onDay(this, obligationId(r, kind(), i.id().toString(), "F"), i.id().toString(), due, false, met,
                        cac ? basis() : IncidentRules.SUMMARY_REPORT));
            }
        }
    }

    /**
     * Every institution reports its security self-inspection and rectification on each year to the
     * superior commission (2022 Measures art. 9); the date is the province's policy (MM-DD of Y+1).
     * Owed for every year from registration (or the first report) to the year of derivation; met
     * by the first report on that year.
     */
    public static final class SelfInspectionReport extends ObligationRule {
        SelfInspectionReport() { super("OBL-SELF-INSPECTION-REPORT", ObligationKind.SELF_INSPECTION_REPORT, SelfInspectionRules.ANNUAL_DUE, "Every institution reports its yearly security self-inspection and rectification by its province's date of the next year."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            int from = Math.min(r.registeredOn().getYear(),
                    r.selfInspections().stream().mapToInt(SelfInspectionOnRecord::year).min().orElse(Integer.MAX_VALUE));
            for (int year = from; year <= r.asOf().getYear(); year++) {
                int y = year;
                Obligation.Met met = r.selfInspections().stream().filter(s -> s.year() == y).findFirst()
                        .map(s -> Obligation.Met.received(s.submissionId(), s.receivedAt())).orElse(null);
                out.accept(onDay(this, obligationId(r, kind(), Integer.toString(year), "Y"), Integer.toString(year),
                        r.policy().selfInspectionDue().atYear(year + 1), false, met, basis()));
            }
        }
    }

    /**
     * Each rectification item a self-inspection report names is due by its target date, as the
     * latest report naming it states the target; met on the day a report states it DONE. An item
     * left open past its target is OVERDUE. The text asks the rectification (2022 Measures art. 9
     * ¶2(2); art. 6(5)) but sets no date: the institution's own target date as the due date is policy.
     */
    public static final class RectificationItemDue extends ObligationRule {
        RectificationItemDue() { super("OBL-RECTIFICATION-ITEM", ObligationKind.RECTIFICATION_ITEM, SelfInspectionRules.OWN_TARGET_DATE, "Each rectification item of a self-inspection is done by its target date."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            Map<String, SelfInspectionOnRecord.Item> latest = new LinkedHashMap<>();
            Map<String, Obligation.Met> done = new LinkedHashMap<>();
            for (SelfInspectionOnRecord report : r.selfInspections()) {
                for (SelfInspectionOnRecord.Item item : report.items()) {
                    latest.put(item.itemId(), item);
                    if (item.state() == RectificationState.DONE && item.completedOn() != null) {
                        done.putIfAbsent(item.itemId(), Obligation.Met.reported(report.submissionId(), item.completedOn()));
                    }
                }
            }
            latest.forEach((itemId, item) -> out.accept(onDay(this, obligationId(r, kind(), itemId, "R"), itemId, item.targetDate(), false,
                    done.get(itemId), basis())));
        }
    }

    /**
     * A submission its primary recipient returned for correction owes its corrected version — an
     * amendment — within the policy's working days of the return (2022 Measures art. 24, "及时":
     * no number). Met by the next version's receipt. A return the authority withdrew by accepting
     * the submission after all owes nothing.
     */
    public static final class Correction extends ObligationRule {
        Correction() { super("OBL-CORRECTION", ObligationKind.CORRECTION, CORRECTION, "A submission returned for correction is corrected by an amendment within the policy's working days of the return."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            for (CorrectionOwed c : r.corrections()) {
                DueDate due = r.calendar().workingDaysAfter(LegalTime.dateOf(c.returnedAt()), r.policy().correctionWorkingDays());
                Obligation.Met met = c.correctedBy() == null ? null : Obligation.Met.received(c.correctedBy(), c.correctedAt());
                out.accept(onDay(this, obligationId(r, kind(), c.reference(), c.returnedAt().toString()), c.reference(), due.dueOn(),
                        due.provisional(), met, basis()));
            }
        }
    }

    /**
     * A rectification notice owes its answer — a rectification report — by the day the notice sets
     * (2022 Measures art. 24; 2026 Data Measures art. 30). Met by the first report answering it.
     */
    public static final class RectificationNoticeAnswer extends ObligationRule {
        RectificationNoticeAnswer() { super("OBL-RECTIFICATION-NOTICE", ObligationKind.RECTIFICATION_NOTICE, RectificationRules.ART_24, "A rectification notice is answered by a rectification report by the day the notice sets."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            for (NoticeOnRecord n : r.notices()) {
                Obligation.Met met = n.answeredBy() == null ? null : Obligation.Met.received(n.answeredBy(), n.answeredAt());
                out.accept(onDay(this, obligationId(r, kind(), n.reference(), n.noticeId().toString()), n.reference(), n.dueOn(), false, met,
                        basis()));
            }
        }
    }

    /**
     * A fact on the record owes its report by a day counted from the fact; the report that states it
     * meets the obligation on its receipt (late where it came after the day). One obligation per fact.
     */
    abstract static class ReportOfEvent extends ObligationRule {
        private final EventOnRecord.Kind event;

        ReportOfEvent(String id, ObligationKind kind, Basis basis, String summary, EventOnRecord.Kind event) {
            super(id, kind, basis, summary);
            this.event = event;
        }

        /** The day the report is due, counted from the fact's day. */
        abstract DueDate due(InstitutionRecord r, LocalDate on);

        Basis basisOf(EventOnRecord e) {
            return basis();
        }

        boolean reports(EventOnRecord e) {
            return e.kind() == event;
        }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            for (EventOnRecord e : r.events()) {
                if (reports(e)) {
                    DueDate due = due(r, e.on());
                    out.accept(onDay(this, obligationId(r, kind(), e.subject(), "E"), e.subject(), due.dueOn(), due.provisional(),
                            Obligation.Met.received(e.submissionId(), e.receivedAt()), basisOf(e)));
                }
            }
        }
    }

    /**
     * "Healthcare institutions shall promptly report to the local health administrative authority
     * risks and hazards that may cause important data or core data security incidents" (2026 art. 24
     * ¶3), and a markedly increased network risk "按照要求…报告" (2022 art. 25): within the policy's
     * working days of identification, met by the hazard report.
     */
    public static final class HazardReport extends ReportOfEvent {
        HazardReport() { super("OBL-HAZARD-REPORT", ObligationKind.HAZARD_REPORT, HazardRules.ART_24_3, "A hazard to important or core data (or a markedly increased network risk) is reported within the policy's working days of its identification.", EventOnRecord.Kind.HAZARD_IDENTIFIED); }

        @Override
        boolean reports(EventOnRecord e) {
            return e.kind() == EventOnRecord.Kind.HAZARD_IDENTIFIED || e.kind() == EventOnRecord.Kind.NETWORK_RISK_INCREASED;
        }

        @Override
        Basis basisOf(EventOnRecord e) {
            return HazardRules.duty(e.kind() == EventOnRecord.Kind.HAZARD_IDENTIFIED);
        }

        DueDate due(InstitutionRecord r, LocalDate on) {
            return HazardRules.due(r.calendar(), on, r.policy().hazardReportWorkingDays());
        }
    }

    /**
     * "Healthcare institutions shall promptly report to the local health administrative authority on
     * the external provision of healthcare institution data" (2026 art. 15 ¶3): within the policy's
     * working days of the provision's start, met by its report.
     */
    public static final class ExternalProvisionReport extends ReportOfEvent {
        ExternalProvisionReport() { super("OBL-EXTERNAL-PROVISION-REPORT", ObligationKind.EXTERNAL_PROVISION_REPORT, ExternalProvisionRules.PROMPTLY, "An external provision of the institution's data is reported within the policy's working days of its start.", EventOnRecord.Kind.EXTERNAL_PROVISION_STARTED); }

        DueDate due(InstitutionRecord r, LocalDate on) {
            return r.calendar().workingDaysAfter(on, r.policy().externalProvisionReportWorkingDays());
        }
    }

    /**
     * "…shall first conduct a self-assessment, obtain approval by the institution's leading group …
     * and report to the local health administrative authority for review and approval, after which"
     * the export may be assessed (2026 art. 22(4)): the application precedes the export, due by its
     * planned start; met by the application.
     */
    public static final class CrossBorderApplication extends ReportOfEvent {
        CrossBorderApplication() { super("OBL-CROSS-BORDER-APPLICATION", ObligationKind.CROSS_BORDER_APPLICATION, CrossBorderRules.BEFORE_EXPORT, "An export's application for review and approval reaches the local commission before the export is planned to start.", EventOnRecord.Kind.EXPORT_PLANNED); }

        DueDate due(InstitutionRecord r, LocalDate on) {
            return new DueDate(on, false);
        }
    }

    /**
     * "对新建网络，应在规划和申报阶段确定网络安全保护等级…并报上级主管部门审核同意" (2022 art. 6(1)): the
     * request precedes go-live, due by the planned go-live; met by the request.
     */
    public static final class LevelApprovalRequest extends ReportOfEvent {
        LevelApprovalRequest() { super("OBL-LEVEL-APPROVAL-REQUEST", ObligationKind.LEVEL_APPROVAL_REQUEST, LevelApprovalRules.PLANNING_STAGE, "A new network's level is put to the superior for approval before the network's planned go-live.", EventOnRecord.Kind.NETWORK_GO_LIVE_PLANNED); }

        DueDate due(InstitutionRecord r, LocalDate on) {
            return new DueDate(on, false);
        }
    }

    /**
     * "Healthcare institutions shall … conduct personal information protection compliance audits
     * regularly" (2026 art. 26). "Regularly" has no number and the text no report duty: every policy
     * interval (default 24 months) from registration and each audit, met by an audit a
     * self-inspection report records (on the audit's day).
     */
    public static final class PersonalInformationAudit extends ObligationRule {
        PersonalInformationAudit() { super("OBL-PI-COMPLIANCE-AUDIT", ObligationKind.PERSONAL_INFORMATION_AUDIT, PI_AUDIT, "Every institution audits its personal-information protection compliance every policy interval (default 24 months), as its self-inspection reports record."); }

        public void derive(InstitutionRecord r, Consumer<Obligation> out) {
            List<Occurrence> audits = r.events().stream().filter(e -> e.kind() == EventOnRecord.Kind.PERSONAL_INFORMATION_AUDIT)
                    .map(e -> new Occurrence(e.on(), Obligation.Met.reported(e.submissionId(), e.on()))).toList();
            cycles(this, r, null, r.registeredOn(), audits, d -> d.plusMonths(r.policy().personalInformationAuditMonths()), out);
        }
    }
}
