package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.mlps.api.AssessmentConclusion;
import cn.healthsec.reporting.mlps.api.ExpertReview;
import cn.healthsec.reporting.mlps.api.FilingType;
import cn.healthsec.reporting.mlps.api.LastAssessment;
import cn.healthsec.reporting.mlps.api.MlpsFilingRequest;
import cn.healthsec.reporting.mlps.api.Network;
import cn.healthsec.reporting.mlps.api.NewTechnology;
import cn.healthsec.reporting.mlps.api.PublicSecurityFiling;
import cn.healthsec.reporting.mlps.api.SuperiorApproval;

import java.time.LocalDate;
import java.util.List;

/** A compliant level 3 filing to vary one field at a time. */
final class FilingBuilder {

    FilingType type = FilingType.INITIAL;
    int level = 3;
    Integer previous = null;
    LocalDate determinedOn = LocalDate.of(2026, 2, 13);
    LocalDate goLiveOn = LocalDate.of(2026, 1, 5);
    LocalDate securityTestedOn = LocalDate.of(2025, 12, 20);
    long piSubjects = 250_000;
    boolean important = true;
    boolean core = false;
    boolean cii = false;
    ExpertReview expertReview = new ExpertReview(LocalDate.of(2026, 2, 5), "同意");
    SuperiorApproval approval = new SuperiorApproval("北京市朝阳区卫生健康委员会", LocalDate.of(2026, 2, 12));
    PublicSecurityFiling psb = new PublicSecurityFiling(LocalDate.of(2026, 3, 5), "北京市公安局朝阳分局", "11010599001");
    LastAssessment assessment = new LastAssessment(LocalDate.of(2025, 6, 30), "测评机构", AssessmentConclusion.PASS);

    MlpsFilingRequest build() {
        return new MlpsFilingRequest(type, null,
                new Network("his-core", "医院信息系统", goLiveOn, securityTestedOn, piSubjects, important, core, cii, List.of(NewTechnology.CLOUD)),
                level, previous, determinedOn, expertReview, approval, psb, assessment);
    }
}
