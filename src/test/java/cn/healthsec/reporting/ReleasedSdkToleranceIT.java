package cn.healthsec.reporting;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import cn.healthsec.sdk.ApiClient;
import cn.healthsec.sdk.api.ObligationsApi;
import cn.healthsec.sdk.api.SubmissionsApi;
import cn.healthsec.sdk.model.NoticeProblem;
import cn.healthsec.sdk.model.ProblemAnswer;
import cn.healthsec.sdk.model.ProblemSeverity;
import cn.healthsec.sdk.model.RectificationNoticeRequest;
import cn.healthsec.sdk.model.RectificationReportRequest;
import cn.healthsec.sdk.model.RetractionRequest;
import cn.healthsec.sdk.released.api.AuthorityInboxApi;
import cn.healthsec.sdk.released.api.InstitutionRegistryApi;
import cn.healthsec.sdk.released.api.MlpsFilingsApi;
import cn.healthsec.sdk.released.model.InboxEntry;
import cn.healthsec.sdk.released.model.InstitutionRequest;
import cn.healthsec.sdk.released.model.MlpsFilingRequest;
import cn.healthsec.sdk.released.model.Network;
import cn.healthsec.sdk.released.model.Receipt;
import cn.healthsec.sdk.released.model.SubmissionSummary;
import cn.healthsec.sdk.released.model.SubmissionType;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tolerance run: a client generated from the last released contract (openapi/released/
 * openapi-1.0.0.yaml) keeps working against the current service, which has since added enum
 * values (a RECTIFICATION_REPORT submission type, a RETRACTED status, a RETRACTION inbox entry) and
 * fields (filedBy, version, decision, amends…) — what the compatibility policy allows. Unknown
 * values read as UNKNOWN_DEFAULT_OPEN_API, unknown fields are ignored, nothing throws.
 */
@QuarkusIntegrationTest
class ReleasedSdkToleranceIT {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    static cn.healthsec.sdk.released.ApiClient released(String token) {
        var client = new cn.healthsec.sdk.released.ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static ApiClient current(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void shouldKeepAClientOfTheReleasedContractWorking() throws Exception {
        String uscc = Fixtures.uscc("510104");
        new InstitutionRegistryApi(released(Tokens.admin())).putInstitution(uscc, new InstitutionRequest().name("成都市锦江区某医院")
                .divisionCode("510104").criticalInformationInfrastructure(false).centralOrganAffiliate(false)
                .processesImportantData(false).processesCoreData(false), null);
        String token = Tokens.institution(uscc);
        Receipt filed = new MlpsFilingsApi(released(token)).fileMlpsFiling(new MlpsFilingRequest()
                .filingType(MlpsFilingRequest.FilingTypeEnum.INITIAL)
                .network(new Network().id("lis").name("检验信息系统").personalInformationSubjects(50_000L).processesImportantData(false)
                        .processesCoreData(false).criticalInformationInfrastructure(false))
                .protectionLevel(2).levelDeterminedOn(TODAY.minusDays(2)), null, null);

        // What the released contract does not know: a retraction, a notice and its rectification report.
        SubmissionsApi submissions = new SubmissionsApi(current(token));
        String etag = submissions.getSubmissionWithHttpInfo(filed.getId(), null).getHeaders().get("etag").get(0);
        submissions.retractSubmission(filed.getId(), etag, new RetractionRequest().reason("误报"), null);
        var notice = new ObligationsApi(current(Tokens.authority("HC-510104"))).issueRectificationNotice(uscc,
                new RectificationNoticeRequest().summary("检查发现问题").dueOn(TODAY.plusDays(10))
                        .problems(List.of(new NoticeProblem().id("P1").description("默认口令").severity(ProblemSeverity.HIGH))), null);
        new ObligationsApi(current(token)).fileRectificationReport(new RectificationReportRequest().notice(notice.getId()).summary("已整改")
                .problems(List.of(new ProblemAnswer().problemId("P1").state(ProblemAnswer.StateEnum.DONE).measures("已重置")
                        .completedOn(TODAY))), "tolerance-" + UUID.randomUUID(), null, null);

        List<SubmissionSummary> seen = new cn.healthsec.sdk.released.api.SubmissionsApi(released(token))
                .listSubmissions(null, null, null, 500, null).getEntries();
        assertEquals(2, seen.size());
        assertEquals(SubmissionType.MLPS_FILING, seen.get(0).getType());
        assertEquals("RETRACTED", seen.get(0).getStatus(), "a free string in 1.0.0");
        assertEquals(SubmissionType.UNKNOWN_DEFAULT_OPEN_API, seen.get(1).getType(), "a type added since reads as unknown");
        Receipt retracted = new cn.healthsec.sdk.released.api.SubmissionsApi(released(token)).getSubmission(filed.getId(), null).getReceipt();
        assertEquals(Receipt.StatusEnum.UNKNOWN_DEFAULT_OPEN_API, retracted.getStatus(), "a status added since reads as unknown");

        List<InboxEntry> inbox = new AuthorityInboxApi(released(Tokens.authority("HC-510104"))).listInbox("HC-510104", null, 500, null)
                .getEntries().stream().filter(e -> uscc.equals(e.getInstitution().getUscc())).toList();
        assertTrue(inbox.stream().anyMatch(e -> e.getKind() == InboxEntry.KindEnum.UNKNOWN_DEFAULT_OPEN_API),
                "the RETRACTION entry reads as an unknown kind: " + inbox);
        assertTrue(inbox.stream().anyMatch(e -> e.getKind() == InboxEntry.KindEnum.SUBMISSION));
    }
}
