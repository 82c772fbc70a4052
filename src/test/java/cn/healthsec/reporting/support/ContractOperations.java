package cn.healthsec.reporting.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The operations of the contract, in its order, for the tests that walk all of them. */
public final class ContractOperations {

    /** One operation: its path template, its method (lower case, as in the contract) and its specification. */
    public record Operation(String path, String method, JsonNode spec) {

        /** The path with its {@code {parameters}} filled from {@code values}. */
        public String filled(Map<String, String> values) {
            String url = path;
            for (Map.Entry<String, String> p : values.entrySet()) {
                url = url.replace("{" + p.getKey() + "}", p.getValue());
            }
            return url;
        }
    }

    private ContractOperations() {
    }

    public static List<Operation> all(JsonNode contract) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().has("operationId")) {
                    operations.add(new Operation(path.getKey(), op.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }
}
