package cn.healthsec.reporting;

import cn.healthsec.reporting.support.Fixtures;
import cn.healthsec.reporting.support.Tokens;
import cn.healthsec.sdk.ApiClient;
import cn.healthsec.sdk.ApiException;
import cn.healthsec.sdk.api.AuthorityInboxApi;
import cn.healthsec.sdk.api.DataCatalogueApi;
import cn.healthsec.sdk.api.IncidentsApi;
import cn.healthsec.sdk.api.InstitutionRegistryApi;
import cn.healthsec.sdk.api.MlpsFilingsApi;
import cn.healthsec.sdk.api.RiskAssessmentApi;
import cn.healthsec.sdk.api.SelfInspectionApi;
import cn.healthsec.sdk.api.SubmissionsApi;
import cn.healthsec.sdk.model.CatalogueReportRequest;
import cn.healthsec.sdk.model.ContentType;
import cn.healthsec.sdk.model.ExpertReview;
import cn.healthsec.sdk.model.FieldError;
import cn.healthsec.sdk.model.FinalIncidentReport;
import cn.healthsec.sdk.model.InboxEntry;
import cn.healthsec.sdk.model.Incident;
import cn.healthsec.sdk.model.IncidentFinalReportContent;
import cn.healthsec.sdk.model.IncidentUpdate;
import cn.healthsec.sdk.model.InitialIncidentReport;
import cn.healthsec.sdk.model.InstitutionRequest;
import cn.healthsec.sdk.model.MlpsFilingRequest;
import cn.healthsec.sdk.model.Network;
import cn.healthsec.sdk.model.Problem;
import cn.healthsec.sdk.model.ProblemType;
import cn.healthsec.sdk.model.Receipt;
import cn.healthsec.sdk.model.RiskAssessmentReportRequest;
import cn.healthsec.sdk.model.SelfInspectionReportRequest;
import cn.healthsec.sdk.model.SubmissionContent;
import cn.healthsec.sdk.model.SubmissionStatus;
import cn.healthsec.sdk.model.SubmissionType;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated Java SDK (openapi-generator, from openapi/openapi.yaml, built with the tests) drives
 * the packaged service through its main flows — as a HIS integrator and a provincial portal would,
 * with nothing but the client: register an institution, file each report type, an incident from
 * initial report through update to final report, an authority reading and acknowledging its inbox,
 * and a refused request read as a typed problem with its field errors.
 */
@QuarkusIntegrationTest
class SdkEndToEndIT {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static <T> T read(ApiClient client, String json, Class<T> type) throws Exception {
        return client.getObjectMapper().readValue(json, type);
    }

    @Test
    void shouldDriveTheMainFlowsThroughTheGeneratedClient() throws Exception {
        String uscc = Fixtures.uscc("420102");
        ApiClient admin = client(Tokens.admin());
        new InstitutionRegistryApi(admin).putInstitution(uscc, new InstitutionRequest().name("武汉市江岸区某医院").divisionCode("420102")
                .criticalInformationInfrastructure(false).centralOrganAffiliate(false).processesImportantData(true)
                .processesCoreData(false), null);

        ApiClient hospital = client(Tokens.institution(uscc));
        // Read back under a GBK platform charset (see the failsafe argLine): Chinese text arrives intact.
        assertEquals("GBK", java.nio.charset.Charset.defaultCharset().name());
        assertEquals("武汉市江岸区某医院", new InstitutionRegistryApi(hospital).getInstitution(uscc, "zh").getName());
        MlpsFilingRequest filing = new MlpsFilingRequest().filingType(MlpsFilingRequest.FilingTypeEnum.INITIAL)
                .network(new Network().id("his-core").name("医院信息系统").personalInformationSubjects(250_000L)
                        .processesImportantData(true).processesCoreData(false).criticalInformationInfrastructure(false))
                .protectionLevel(3).levelDeterminedOn(TODAY.minusDays(3))
                .expertReview(new ExpertReview().reviewedOn(TODAY.minusDays(6)).summary("专家评审同意定为第三级"));
        Receipt mlps = new MlpsFilingsApi(hospital).fileMlpsFiling(filing, "sdk-" + UUID.randomUUID(), null, null);
        assertEquals(SubmissionType.MLPS_FILING, mlps.getType());
        assertEquals("HC-420102", mlps.getRoutes().get(0).getAuthorityId());

        Receipt catalogue = new DataCatalogueApi(hospital).fileDataCatalogueReport(read(hospital,
                Fixtures.catalogueReport("PERIODIC_REVIEW", null, Fixtures.catalogueItem("emr", "IMPORTANT", "\"his-core\"", null)),
                CatalogueReportRequest.class), null, null, null);
        assertEquals(SubmissionType.DATA_CATALOGUE_REPORT, catalogue.getType());
        Receipt risk = new RiskAssessmentApi(hospital).fileRiskAssessmentReport(read(hospital, Fixtures.riskAssessment("ANNUAL", null),
                RiskAssessmentReportRequest.class), null, null, null);
        assertTrue(risk.getRoutes().stream().anyMatch(r -> r.getAuthorityId().equals("HC-420000")), "an important-data institution reports to the province");
        Receipt inspection = new SelfInspectionApi(hospital).fileSelfInspectionReport(read(hospital, """
                {"year": %d, "completedOn": "%s", "methods": ["DOCUMENT_REVIEW"],
                 "networks": [{"id": "his-core", "name": "医院信息系统", "protectionLevel": 3, "filingStatus": "FILED"}],
                 "findings": [], "rectification": []}
                """.formatted(TODAY.getYear() - 1, TODAY.minusDays(1)), SelfInspectionReportRequest.class), null, null, null);
        assertTrue(Set.of(SubmissionStatus.ACCEPTED, SubmissionStatus.ACCEPTED_WITH_FINDINGS).contains(inspection.getStatus()));

        IncidentsApi incidents = new IncidentsApi(hospital);
        Receipt initial = incidents.reportIncident(read(hospital, Fixtures.ransomware(1, "GENERAL", 0, null), InitialIncidentReport.class),
                null, null, null);
        incidents.updateIncident(initial.getId(), new IncidentUpdate().summary("已隔离，业务逐步恢复"), null, null, null);
        incidents.reportIncidentFinal(initial.getId(), read(hospital, """
                {"handlingEndedAt": "%s", "cause": "远程桌面弱口令", "responseMeasures": "隔离、恢复备份", "harm": "门诊停摆6小时",
                 "accountability": "信息科负责人诫勉", "rectification": "关闭远程桌面，启用多因素认证", "lessons": "定期检查暴露面"}
                """.formatted(java.time.Instant.now().minusSeconds(300)), FinalIncidentReport.class), null, null, null);
        Incident incident = incidents.getIncident(initial.getId(), null);
        assertEquals(3, incident.getReports().size());

        // The county commission reads its inbox and acknowledges what it received.
        ApiClient county = client(Tokens.authority("HC-420102"));
        AuthorityInboxApi inbox = new AuthorityInboxApi(county);
        List<InboxEntry> entries = inbox.listInbox("HC-420102", null, 500, false, null).getEntries().stream()
                .filter(e -> uscc.equals(e.getInstitution().getUscc())).toList();
        assertTrue(entries.size() >= 5, "every report reached the county: " + entries.size());
        InboxEntry acknowledged = inbox.acknowledgeInboxEntry("HC-420102", entries.get(0).getId(), null);
        assertTrue(acknowledged.getAcknowledged());
        assertEquals(mlps.getId(), new SubmissionsApi(county).getSubmission(mlps.getId(), null).getReceipt().getId());

        // The content read as its type: the client dispatches on the contentType discriminator.
        SubmissionContent filed = new SubmissionsApi(county).getSubmissionContent(mlps.getId(), null);
        assertEquals(3, filed.getMlpsFilingContent().getReport().getProtectionLevel());
        assertEquals("医院信息系统", filed.getMlpsFilingContent().getReport().getNetwork().getName());
        SubmissionContent closing = new SubmissionsApi(county).getSubmissionContent(incident.getReports().get(2).getSubmissionId(), null);
        assertTrue(closing.getActualInstance() instanceof IncidentFinalReportContent, String.valueOf(closing.getActualInstance()));
        assertEquals("远程桌面弱口令", closing.getIncidentFinalReportContent().getReport().getCause());
        assertEquals(ContentType.INCIDENT_UPDATE,
                new SubmissionsApi(county).getSubmission(incident.getReports().get(1).getSubmissionId(), null).getContentType());

        // The catalogue as CSV is an operation of its own: the client reads it as a file (byte-order mark and all).
        java.io.File csv = new DataCatalogueApi(client(Tokens.authority("HC-420000"))).exportAuthorityDataCatalogue("HC-420000", null, null, null);
        String text = java.nio.file.Files.readString(csv.toPath(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFinstitution,"), text);
        assertTrue(text.contains(uscc), "the province holds the hospital's catalogue");

        // A refused request is read as a typed problem with every field error.
        ApiException refused = assertThrows(ApiException.class, () -> new MlpsFilingsApi(hospital)
                .fileMlpsFiling(new MlpsFilingRequest().protectionLevel(9), null, null, "en"));
        assertEquals(400, refused.getCode());
        Problem problem = hospital.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(ProblemType.VALIDATION, problem.getType(), "the error catalogue is an enum a client switches on");
        assertTrue(problem.getErrors().stream().map(FieldError::getField).toList().containsAll(List.of("/filingType", "/protectionLevel")),
                problem.getErrors().toString());
        assertTrue(problem.getErrors().stream().anyMatch(e -> e.getCode() == FieldError.CodeEnum.REQUIRED));
    }
}
