package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry of report types (ARCHITECTURE.md, "Adding a report type"): every submission type has
 * one registered {@link ReportType}, filing that type under an operation the contract defines, whose
 * request schema is the type's form; every type but the incident may be amended.
 */
@QuarkusTest
class ReportTypesTest {

    @Inject
    ReportTypes types;

    @Test
    void shouldRegisterOneTypeForEverySubmissionTypeUnderAnOperationOfTheContract() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Paths.get("openapi/openapi.yaml").toFile());
        List<String> operations = new ArrayList<>();
        contract.path("paths").forEach(path -> path.forEach(op -> operations.add(op.path("operationId").asText())));
        for (SubmissionType type : SubmissionType.values()) {
            ReportType<?> registered = types.of(type);
            assertEquals(type, registered.type());
            assertTrue(operations.contains(registered.form().operation()),
                    type + " is filed by " + registered.form().operation() + ", which the contract defines");
            assertEquals(type != SubmissionType.INCIDENT_REPORT, registered.amendable(), type + " amendable");
            assertEquals(type != SubmissionType.INCIDENT_REPORT, types.amendable(type).isPresent(), type + " found for an amendment");
        }
    }
}
