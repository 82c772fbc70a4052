package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.calendar.DueDate;
import cn.healthsec.reporting.calendar.WorkingDayCalendar;
import cn.healthsec.reporting.mlps.api.AssessmentConclusion;
import cn.healthsec.reporting.mlps.api.FilingType;
import cn.healthsec.reporting.mlps.api.MlpsFilingRequest;
import cn.healthsec.reporting.mlps.api.Network;
import cn.healthsec.reporting.mlps.api.PublicSecurityFiling;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule of the MLPS filing duties (RULEBOOK §A), in one place. Each is a small named object
 * citing its source; {@link #ALL} is the order they run in.
 */
public final class MlpsRules {

    /** 2022 Measures art. 6(2): "第二级以上网络应在网络安全保护等级确定后10个工作日内…向公安机关备案…因网络撤销或变更安全保护等级的，应在10个工作日内向原备案公安机关撤销或变更". */
    static final Basis ART_6_2 = Basis.of(Source.MEASURES_2022, "art. 6(2)", Provenance.OFFICIAL_TEXT);
    /** 2022 Measures art. 6(1): new networks' level determined at planning and "报上级主管部门审核同意". */
    static final Basis ART_6_1 = Basis.of(Source.MEASURES_2022, "art. 6(1)", Provenance.OFFICIAL_TEXT);
    /** 2022 Measures art. 6(4): assessment cadence and the pre-go-live security test. */
    static final Basis ART_6_4 = Basis.of(Source.MEASURES_2022, "art. 6(4)", Provenance.OFFICIAL_TEXT);
    /** 2022 Measures art. 6(5): rectify what the assessment found. */
    static final Basis ART_6_5 = Basis.of(Source.MEASURES_2022, "art. 6(5)", Provenance.OFFICIAL_TEXT);
    /** GB/T 22240-2020 grading process: level 2+ needs expert review and the competent department's approval. */
    static final Basis GBT_22240_PROCESS = Basis.of(Source.GBT_22240_2020, "§ grading process (定级流程)", Provenance.OFFICIAL_REPRINT);
    /**
     * A changed level is graded again by the same process, the superior's approval included: the
     * standard's process applied to a change is the service's policy (art. 6(1) names new networks only).
     */
    static final Basis GBT_22240_CHANGE = Basis.of(Source.GBT_22240_2020, "§ grading process (定级流程), applied to a level change",
            Provenance.INFERENCE);
    /** 2007 MLPS Measures art. 14: level 4 assessed every half-year; level 5 per special needs. */
    static final Basis MPS_2007_ART_14 = Basis.of(Source.MLPS_MEASURES_2007, "art. 14", Provenance.OFFICIAL_REPRINT);
    /** 2026 Data Measures art. 11 ¶1: important data at level 3+, core data level 4 or CII protection. */
    static final Basis DATA_2026_ART_11 = Basis.of(Source.DATA_MEASURES_2026, "art. 11 ¶1", Provenance.TRANSLATION);

    /**
     * 2018 Big Data Measures art. 19: "Healthcare medical big data centers and related information
     * systems shall carry out rating, filing, evaluation, etc." — the filing duty of art. 6(2) rests on it too.
     */
    static final Basis BIG_DATA_ART_19 = Basis.of(Source.BIG_DATA_MEASURES_2018, "art. 19", Provenance.TRANSLATION);

    /** Consistency with the filings on record: the service's inference from art. 6(2)'s "原备案". */
    static final Basis ART_6_2_HISTORY = Basis.of(Source.MEASURES_2022, "art. 6(2)", Provenance.INFERENCE);

    /** "10个工作日内" of art. 6(2). */
    public static final int FILING_WORKING_DAYS = 10;
    /** "涉及10万人以上个人信息" of art. 6(4); 以上 includes the number. */
    public static final long LEVEL_2_LARGE_PI_THRESHOLD = 100_000L;

    private MlpsRules() {
    }

    /**
     * What every MLPS rule reads: the filing, when it arrived, the working-day calendar, and the
     * network's latest earlier filing, if the service has one.
     */
    public record Input(MlpsFilingRequest filing, Instant receivedAt, WorkingDayCalendar calendar, Optional<LevelOnRecord> onRecord,
                        Optional<LevelApprovalOnRecord> approvalRequest) {

        public Input(MlpsFilingRequest filing, Instant receivedAt, WorkingDayCalendar calendar, Optional<LevelOnRecord> onRecord) {
            this(filing, receivedAt, calendar, onRecord, Optional.empty());
        }

        public Input(MlpsFilingRequest filing, Instant receivedAt, WorkingDayCalendar calendar) {
            this(filing, receivedAt, calendar, Optional.empty());
        }
    }

    public static final RuleSet<Input> ALL = RuleSet.of(
            new PublicSecurityFilingDeadline(),
            new SuperiorReportDeadline(),
            new LevelApprovalRequired(),
            new ApprovedRequestNamed(),
            new SecurityTestBeforeGoLive(),
            new AssessmentCadence(),
            new AssessmentRectification(),
            new DataGradeLevelFloor(),
            new ConsistentWithRecord());

    /**
     * Art. 6(2)'s 10 working days after the level decision, for a level 2+ network (level 1 networks
     * are not filed: RULEBOOK A4), done on {@code doneOn} (null: not yet). The obligation is named for
     * the filing type: an initial filing, a change or a withdrawal.
     */
    private static Optional<Deadline> tenWorkingDays(Input in, String obligation, LocalDate doneOn) {
        MlpsFilingRequest f = in.filing();
        if (f.highestLevel() < 2) {
            return Optional.empty();
        }
        DueDate due = in.calendar().workingDaysAfter(f.levelDeterminedOn(), FILING_WORKING_DAYS);
        return Optional.of(new Deadline(filingObligation(f.filingType(), obligation), due.dueOn(), due.provisional(), doneOn, ART_6_2));
    }

    private static String filingObligation(FilingType type, String stem) {
        return switch (type) {
            case INITIAL -> stem;
            case LEVEL_CHANGE -> stem + "_CHANGE";
            case WITHDRAWAL -> stem + "_WITHDRAWAL";
        };
    }

    /**
     * A level 2+ network is filed with public security (or its filing changed or withdrawn) within
     * 10 working days of the level decision. Level 1 networks are not filed (RULEBOOK A4).
     */
    public static final class PublicSecurityFilingDeadline extends RuleOn<Input> {
        @Override
        public java.util.List<Basis> alsoRestsOn() {
            return java.util.List.of(BIG_DATA_ART_19);
        }

        PublicSecurityFilingDeadline() { super("MLPS-PSB-FILING-10WD", ART_6_2, "Level 2+ networks are filed with public security within 10 working days of the level decision; changes and withdrawals likewise."); }

        public void apply(Input in, Outcome.Builder out) {
            PublicSecurityFiling filing = in.filing().publicSecurityFiling();
            tenWorkingDays(in, "PUBLIC_SECURITY_FILING", filing == null ? null : filing.filedOn()).ifPresent(out::deadline);
        }
    }

    /**
     * The filing status is reported to the superior health administrative department within the
     * same 10 working days; this submission is that report, so it is done on the day of receipt.
     */
    public static final class SuperiorReportDeadline extends RuleOn<Input> {
        SuperiorReportDeadline() { super("MLPS-SUPERIOR-REPORT-10WD", ART_6_2, "The filing status of a level 2+ network reaches the superior health administrative department within 10 working days of the level decision."); }

        public void apply(Input in, Outcome.Builder out) {
            tenWorkingDays(in, "SUPERIOR_HEALTH_AUTHORITY_REPORT", LegalTime.dateOf(in.receivedAt())).ifPresent(out::deadline);
        }
    }

    /**
     * A new network's level is "报上级主管部门审核同意" (art. 6(1), which speaks of 新建网络 only) —
     * whatever its level: a new network filed without the superior's approval is a violation. Level
     * 2+ is also reviewed by experts before it is determined (GB/T 22240 grading process). A level
     * change is not a new network: that it too is approved by the superior follows the standard's
     * process, applied by the service's policy ({@link #GBT_22240_CHANGE}), not art. 6(1).
     */
    public static final class LevelApprovalRequired extends RuleOn<Input> {
        LevelApprovalRequired() { super("MLPS-LEVEL-APPROVAL", ART_6_1, "A new network's level is approved by the superior competent department (any level); a level 2+ level is reviewed by experts; a changed level 2+ is approved again (policy)."); }

        public void apply(Input in, Outcome.Builder out) {
            MlpsFilingRequest f = in.filing();
            if (f.filingType() == FilingType.WITHDRAWAL) {
                return;
            }
            boolean newNetwork = f.filingType() == FilingType.INITIAL;
            if (f.protectionLevel() >= 2) {
                if (f.expertReview() == null) {
                    out.finding(Finding.of("MLPS_EXPERT_REVIEW_MISSING", Severity.VIOLATION, GBT_22240_PROCESS));
                }
                if (f.superiorApproval() == null) {
                    out.finding(Finding.of("MLPS_SUPERIOR_APPROVAL_MISSING", Severity.VIOLATION, newNetwork ? ART_6_1 : GBT_22240_CHANGE));
                }
                if (f.expertReview() != null && f.superiorApproval() != null
                        && f.superiorApproval().approvedOn().isBefore(f.expertReview().reviewedOn())) {
                    out.finding(Finding.of("MLPS_APPROVAL_BEFORE_EXPERT_REVIEW", Severity.WARNING, GBT_22240_PROCESS));
                }
            } else if (newNetwork && f.superiorApproval() == null) {
                out.finding(Finding.of("MLPS_SUPERIOR_APPROVAL_MISSING", Severity.VIOLATION, ART_6_1));
            }
        }
    }

    /**
     * "对新建网络，应在规划和申报阶段确定网络安全保护等级…并报上级主管部门审核同意" (art. 6(1)): the initial
     * filing of a new level 2+ network names the level approval request its superior approved in this
     * service. Naming none (an approval on paper, which the law allows: it asks for the approval, not
     * for this channel) is INFO — the approval cannot be verified here; naming one that is not the
     * institution's, not for this network, not approved, or approved at another level is a violation.
     * A filing with no approval at all is {@link LevelApprovalRequired}'s violation.
     */
    public static final class ApprovedRequestNamed extends RuleOn<Input> {
        ApprovedRequestNamed() { super("MLPS-LEVEL-APPROVAL-REQUEST", ART_6_1, "A new level 2+ network's initial filing names the level approval request its superior approved, for this network and level."); }

        public void apply(Input in, Outcome.Builder out) {
            MlpsFilingRequest f = in.filing();
            if (f.filingType() != FilingType.INITIAL || f.protectionLevel() < 2 || f.superiorApproval() == null) {
                return;
            }
            String named = f.superiorApproval().request();
            if (named == null) {
                out.finding(Finding.of("MLPS_LEVEL_APPROVAL_REQUEST_NOT_NAMED", Severity.INFO, basis()));
                return;
            }
            Optional<LevelApprovalOnRecord> request = in.approvalRequest()
                    .filter(r -> r.networkId().equals(f.network().id()) && r.approved());
            if (request.isEmpty()) {
                out.finding(Finding.of("MLPS_LEVEL_APPROVAL_REQUEST_NOT_APPROVED", Severity.VIOLATION, basis(), Map.of("request", named)));
            } else if (request.get().proposedLevel() != f.protectionLevel()) {
                out.finding(Finding.of("MLPS_LEVEL_DIFFERS_FROM_APPROVED", Severity.VIOLATION, basis(),
                        Map.of("request", named, "approvedLevel", request.get().proposedLevel(), "level", f.protectionLevel())));
            }
        }
    }

    /** "新建的网络上线运行前应进行安全性测试": a new network is security-tested before go-live. */
    public static final class SecurityTestBeforeGoLive extends RuleOn<Input> {
        SecurityTestBeforeGoLive() { super("MLPS-SECURITY-TEST-BEFORE-GO-LIVE", ART_6_4, "A new network is security-tested before it goes live."); }

        public void apply(Input in, Outcome.Builder out) {
            MlpsFilingRequest f = in.filing();
            Network n = f.network();
            if (f.filingType() != FilingType.INITIAL || n.goLiveOn() == null) {
                return;
            }
            boolean live = !n.goLiveOn().isAfter(LegalTime.dateOf(in.receivedAt()));
            if (n.securityTestedOn() == null) {
                out.finding(Finding.of(live ? "MLPS_LIVE_WITHOUT_SECURITY_TEST" : "MLPS_SECURITY_TEST_DUE_BEFORE_GO_LIVE",
                        live ? Severity.VIOLATION : Severity.INFO, basis()));
            } else if (n.securityTestedOn().isAfter(n.goLiveOn())) {
                out.finding(Finding.of("MLPS_SECURITY_TEST_AFTER_GO_LIVE", Severity.VIOLATION, basis()));
            }
        }
    }

    /**
     * Next level assessment: levels 3 and 4 yearly; level 2 every 3 years when it involves personal
     * information of 100,000 people or more, otherwise every 5 years. Counted from the last
     * assessment, or from go-live (else the level decision) when there has been none. The 2007 MPS
     * half-yearly rule for level 4 conflicts (RULEBOOK §H.2): an INFO finding, not a violation.
     */
    public static final class AssessmentCadence extends RuleOn<Input> {
        AssessmentCadence() { super("MLPS-ASSESSMENT-CADENCE", ART_6_4, "Level 3 and 4 networks are assessed yearly; level 2 every 3 years with 100,000+ people's personal information, otherwise every 5 years."); }

        /** Years between assessments for a level, or 0 when art. 6(4) sets no cadence. */
        public static int intervalYears(int level, long personalInformationSubjects) {
            return switch (level) {
                case 3, 4 -> 1;
                case 2 -> personalInformationSubjects >= LEVEL_2_LARGE_PI_THRESHOLD ? 3 : 5;
                default -> 0;
            };
        }

        public void apply(Input in, Outcome.Builder out) {
            MlpsFilingRequest f = in.filing();
            if (f.filingType() == FilingType.WITHDRAWAL) {
                return;
            }
            int level = f.protectionLevel();
            if (level == 4) {
                out.finding(Finding.of("MLPS_LEVEL4_HALF_YEARLY_ASSESSMENT", Severity.INFO, MPS_2007_ART_14));
            } else if (level == 5) {
                out.finding(Finding.of("MLPS_LEVEL5_SPECIAL_ASSESSMENT", Severity.INFO, MPS_2007_ART_14));
            }
            int years = intervalYears(level, f.network().personalInformationSubjects());
            if (years == 0) {
                return;
            }
            LocalDate from = f.lastAssessment() != null ? f.lastAssessment().completedOn()
                    : f.network().goLiveOn() != null ? f.network().goLiveOn()
                    : f.levelDeterminedOn();
            out.deadline(new Deadline("NEXT_LEVEL_ASSESSMENT", from.plusYears(years), false, null, basis()));
        }
    }

    /** Problems found by the assessment are rectified (art. 6(5)): a failed assessment is a warning. */
    public static final class AssessmentRectification extends RuleOn<Input> {
        AssessmentRectification() { super("MLPS-ASSESSMENT-RECTIFICATION", ART_6_5, "Problems found by the level assessment are rectified."); }

        public void apply(Input in, Outcome.Builder out) {
            var last = in.filing().lastAssessment();
            if (last != null && last.conclusion() == AssessmentConclusion.FAIL) {
                out.finding(Finding.of("MLPS_ASSESSMENT_FAILED_RECTIFY", Severity.WARNING, basis()));
            }
        }
    }

    /**
     * A network that stores or processes important data is protected at level 3 or above; core data
     * at level 4, or under CII protection where the network is CII (2026 Data Measures art. 11).
     */
    public static final class DataGradeLevelFloor extends RuleOn<Input> {
        DataGradeLevelFloor() { super("MLPS-DATA-GRADE-LEVEL-FLOOR", DATA_2026_ART_11, "Important data needs MLPS level 3+; core data level 4+, or CII protection on a CII network."); }

        public void apply(Input in, Outcome.Builder out) {
            MlpsFilingRequest f = in.filing();
            if (f.filingType() == FilingType.WITHDRAWAL) {
                return;
            }
            Network n = f.network();
            int level = f.protectionLevel();
            if (Boolean.TRUE.equals(n.processesCoreData())) {
                if (Boolean.TRUE.equals(n.criticalInformationInfrastructure())) {
                    if (level < 3) {
                        out.finding(Finding.of("MLPS_CORE_DATA_BELOW_LEVEL", Severity.VIOLATION, basis(),
                                Map.of("minimumLevel", 3, "level", level)));
                    }
                } else if (level < 4) {
                    out.finding(Finding.of("MLPS_CORE_DATA_BELOW_LEVEL", Severity.VIOLATION, basis(),
                            Map.of("minimumLevel", 4, "level", level)));
                }
            } else if (Boolean.TRUE.equals(n.processesImportantData()) && level < 3) {
                out.finding(Finding.of("MLPS_IMPORTANT_DATA_BELOW_LEVEL", Severity.VIOLATION, basis(),
                        Map.of("minimumLevel", 3, "level", level)));
            }
        }
    }

    /**
     * A change or withdrawal amends the original filing (art. 6(2): "向原备案公安机关撤销或变更"), so it
     * should match what is on record. The service may not hold filings made before it existed:
     * a missing record is information, a mismatch a warning, never a refusal.
     */
    public static final class ConsistentWithRecord extends RuleOn<Input> {
        ConsistentWithRecord() { super("MLPS-CONSISTENT-WITH-RECORD", ART_6_2_HISTORY, "A level change or withdrawal matches the network's filing on record."); }

        public void apply(Input in, Outcome.Builder out) {
            MlpsFilingRequest f = in.filing();
            if (f.filingType() == FilingType.INITIAL) {
                in.onRecord().filter(r -> !r.withdrawn()).ifPresent(r ->
                        out.finding(Finding.of("MLPS_NETWORK_ALREADY_ON_RECORD", Severity.INFO, basis(),
                                Map.of("level", r.protectionLevel()))));
                return;
            }
            if (in.onRecord().isEmpty()) {
                out.finding(Finding.of("MLPS_NO_EARLIER_FILING_ON_RECORD", Severity.INFO, basis()));
                return;
            }
            LevelOnRecord r = in.onRecord().get();
            if (r.withdrawn()) {
                out.finding(Finding.of("MLPS_NETWORK_WITHDRAWN_ON_RECORD", Severity.WARNING, basis()));
                return;
            }
            int expected = f.filingType() == FilingType.LEVEL_CHANGE ? f.previousProtectionLevel() : f.protectionLevel();
            if (expected != r.protectionLevel()) {
                out.finding(Finding.of("MLPS_LEVEL_DIFFERS_FROM_RECORD", Severity.WARNING, basis(),
                        Map.of("levelOnRecord", r.protectionLevel(), "level", expected)));
            }
        }
    }

    /** Runs every rule over a filing. */
    public static Outcome evaluate(Input input) {
        return ALL.evaluate(input);
    }
}
