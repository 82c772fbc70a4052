package cn.healthsec.reporting.deploy;

import cn.healthsec.reporting.support.Scripts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: the Helm chart, linted and rendered in the build by helm-java (Helm's own library, no
 * binary), with the default values and with {@code helm/values-production.yaml}. The rendered
 * manifests are parsed and checked: probes, security context, resources, at least two replicas with
 * a disruption budget, the network policy, migrations in a hook Job, and no secret value in a
 * ConfigMap or an environment literal.
 */
class HelmChartTest {

    private static final Logger LOG = Logger.getLogger(HelmChartTest.class);

    static final Path CHART = Paths.get("helm/healthsec-reporting");
    static final Path PRODUCTION = Paths.get("helm/values-production.yaml");
    static final String KUBE = "1.30.0";
    /** Names of settings that hold secrets; the one switch named "private" that is not one (push delivery's address policy) is named. */
    static final Pattern SECRET_NAME = Pattern.compile("(?i)(?!HEALTHSEC_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES$).*(PASSWORD|SECRET|CREDENTIAL|PRIVATE|API_?KEY|_TOKEN$).*");

    @Test
    void shouldLintStrictly() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        lint.getMessages().forEach(m -> LOG.info("[helm lint] " + m));
        assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
    }

    @Test
    void shouldRenderASafeDeploymentWithTheDefaults() throws Exception {
        Map<String, List<JsonNode>> kinds = render(template(null));
        checkCommon(kinds);
        validate(kinds, "default");
        assertEquals(2, kinds.get("HorizontalPodAutoscaler").get(0).at("/spec/minReplicas").asInt());
        assertFalse(kinds.containsKey("Ingress"), "no Ingress unless asked");
        LOG.infof("[helm] default values render %s", summary(kinds));
    }

    @Test
    void shouldRenderTheProductionValues() throws Exception {
        Map<String, List<JsonNode>> kinds = render(template(PRODUCTION));
        checkCommon(kinds);
        validate(kinds, "production");
        assertEquals(3, kinds.get("HorizontalPodAutoscaler").get(0).at("/spec/minReplicas").asInt());
        assertEquals(8, kinds.get("HorizontalPodAutoscaler").get(0).at("/spec/maxReplicas").asInt());
        assertEquals(2, kinds.get("PodDisruptionBudget").get(0).at("/spec/minAvailable").asInt());
        JsonNode ingress = kinds.get("Ingress").get(0);
        assertEquals("reporting-hc-example-cn-tls", ingress.at("/spec/tls/0/secretName").asText());
        assertTrue(ingress.at("/metadata/annotations").has("nginx.ingress.kubernetes.io/client-header-timeout"));
        assertTrue(kinds.containsKey("ServiceMonitor") && kinds.containsKey("PrometheusRule"));
        JsonNode dashboard = kinds.get("ConfigMap").stream().filter(c -> c.at("/metadata/labels/grafana_dashboard").asText().equals("1"))
                .findFirst().orElseThrow();
        new ObjectMapper().readTree(dashboard.at("/data/healthsec-reporting.json").asText());
        JsonNode config = configMap(kinds);
        assertEquals("false", config.at("/data/QUARKUS_OTEL_SDK_DISABLED").asText(), "tracing on by configuration");
        assertEquals("https://iam.hc.example.cn/realms/healthsec", config.at("/data/QUARKUS_OIDC_AUTH_SERVER_URL").asText());
        LOG.infof("[helm] production values render %s", summary(kinds));
    }

    @Test
    void shouldHaveTheSchemaCheckRefuseAnInvalidManifest() throws Exception {
        Path file = Paths.get("target/helm-invalid.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\", \"metadata\": {\"name\": \"x\"},"
                + " \"spec\": {\"replicas\": \"two\", \"selector\": {}, \"template\": {}}}]");
        Scripts.Run run = Scripts.run("src/dev/validate-k8s.sh", 5, file.toString());
        assertEquals(1, run.exitValue(), run.output());
        assertTrue(run.output().contains("spec/replicas must be integer"), run.output());
    }

    @Test
    void shouldRefuseASecretPutInTheValues() {
        Exception refused = assertThrows(Exception.class, () -> new Helm(CHART).template().withName("reporting").withKubeVersion(KUBE)
                .set("extraEnv.QUARKUS_DATASOURCE_PASSWORD", "hunter2").call());
        assertTrue(refused.getMessage().contains("looks like a secret"), refused.getMessage());
        Exception typo = assertThrows(Exception.class, () -> new Helm(CHART).template().withName("reporting").withKubeVersion(KUBE)
                .set("replicaCount", 1).call());
        assertTrue(typo.getMessage().contains("replicaCount"), "the schema keeps two replicas at least: " + typo.getMessage());
    }

    @Test
    void shouldMigrateInAHookBeforeInstallAndUpgrade() throws IOException {
        String job = Files.readString(CHART.resolve("templates/migration-job.yaml"));
        String hooked = job.substring(job.indexOf("{{- if .Values.database.migrations.hook }}"), job.indexOf("{{- end }}", job.indexOf("helm.sh/hook:")));
        assertTrue(hooked.contains("helm.sh/hook: pre-install,pre-upgrade"), hooked);
        assertTrue(hooked.contains("helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded"), hooked);
        // A migration longer than a minute (V22 on 5 M submissions) would be ended by the service's idle-in-transaction
        // timeout on Flyway's lock connection, and rolled back.
        assertTrue(job.contains("- name: HEALTHSEC_DB_IDLE_IN_TRANSACTION_TIMEOUT\n              value: \"0\""), "no idle timeout while migrating");
    }

    @Test
    void shouldDescribeEveryValueAndFollowTheProjectVersion() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(CHART.resolve("values.schema.json").toFile());
        JsonNode values = new YAMLMapper().readTree(CHART.resolve("values.yaml").toFile());
        List<String> undescribed = new ArrayList<>();
        leaves(values, schema, "", undescribed);
        assertEquals(List.of(), undescribed, "values without a description (run src/dev/helm-schema.py)");
        JsonNode chart = new YAMLMapper().readTree(CHART.resolve("Chart.yaml").toFile());
        String pom = Files.readString(Paths.get("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>health-security-reporting</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find());
        assertEquals(version.group(1), chart.path("appVersion").asText(), "Chart.yaml appVersion is the project's version");
        Matcher release = Pattern.compile("<maven.compiler.release>(\\d+)</maven.compiler.release>").matcher(pom);
        assertTrue(release.find());
        assertEquals(release.group(1), chart.path("annotations").path("healthsec.cn/java-runtime").asText(),
                "the chart names the Java its image runs on: the release the project compiles for (issue 27)");
        assertTrue(Files.exists(CHART.resolve("templates/NOTES.txt")));
    }

    // ---- the checks every rendering must pass ----------------------------------------------------

    private static void checkCommon(Map<String, List<JsonNode>> kinds) {
        JsonNode deployment = kinds.get("Deployment").get(0);
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText());
        assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean());
        assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true));
        assertEquals("ALL", container.at("/securityContext/capabilities/drop/0").asText());
        assertTrue(pod.at("/volumes").toString().contains("emptyDir") && container.at("/volumeMounts/0/mountPath").asText().equals("/tmp"));
        for (String r : List.of("/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/cpu", "/resources/limits/memory")) {
            assertFalse(container.at(r).isMissingNode(), r);
        }
        assertFalse(deployment.at("/spec/template/metadata/annotations/checksum~1config").asText().isEmpty(), "config changes roll the pods");
        assertEquals("kubernetes.io/hostname", pod.at("/topologySpreadConstraints/0/topologyKey").asText());
        assertTrue(kinds.containsKey("PodDisruptionBudget"), "a disruption budget");
        JsonNode hpa = kinds.get("HorizontalPodAutoscaler").get(0);
        assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, "at least two replicas");

        JsonNode policy = kinds.get("NetworkPolicy").get(0);
        assertEquals(Set.of("Ingress", "Egress"), Set.of(policy.at("/spec/policyTypes/0").asText(), policy.at("/spec/policyTypes/1").asText()));
        List<Integer> egressPorts = new ArrayList<>();
        policy.at("/spec/egress").forEach(rule -> rule.path("ports").forEach(p -> egressPorts.add(p.path("port").asInt())));
        assertTrue(egressPorts.containsAll(List.of(5432, 53)), "database and DNS: " + egressPorts);

        JsonNode job = kinds.get("Job").get(0);
        assertEquals("true", job.at("/spec/template/spec/containers/0/env/0/value").asText(), "QUARKUS_INIT_AND_EXIT: migrate, then exit");
        assertTrue(job.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean());
        assertEquals("false", configMap(kinds).at("/data/QUARKUS_FLYWAY_MIGRATE_AT_START").asText(), "the pods never migrate");

        // No secret value in a ConfigMap or an environment literal: secrets come only by secretKeyRef.
        for (JsonNode config : kinds.get("ConfigMap")) {
            config.path("data").fieldNames().forEachRemaining(k -> assertFalse(SECRET_NAME.matcher(k).matches(), "a secret in a ConfigMap: " + k));
        }
        for (JsonNode workload : List.of(deployment, job)) {
            workload.at("/spec/template/spec/containers").forEach(c -> c.path("env").forEach(e -> {
                if (SECRET_NAME.matcher(e.path("name").asText()).matches()) {
                    assertTrue(e.has("valueFrom") && !e.has("value"), "a secret as a literal: " + e);
                    assertTrue(e.at("/valueFrom/secretKeyRef").isObject(), e.toString());
                }
            }));
        }
    }

    /**
     * The manifests as {@code helm template} renders them. helm-java's template leaves hooks out, and
     * the migration Job is one: the Job is rendered as a plain Job too ({@code database.migrations.hook=false},
     * the form GitOps tools that sequence by sync waves use), and its hook annotations are checked below.
     */
    static String template(Path valuesFile) {
        var template = new Helm(CHART).template().withName("reporting").withNamespace("healthsec").withKubeVersion(KUBE);
        if (valuesFile != null) {
            template.withValuesFile(valuesFile);
        }
        String manifests = template.call();
        assertFalse(manifests.contains("kind: Job"), "the Job is a hook by default");
        var plain = new Helm(CHART).template().withName("reporting").withNamespace("healthsec").withKubeVersion(KUBE)
                .set("database.migrations.hook", false);
        if (valuesFile != null) {
            plain.withValuesFile(valuesFile);
        }
        String job = plain.call();
        int start = job.indexOf("# Source: healthsec-reporting/templates/migration-job.yaml");
        int end = job.indexOf("\n---", start);
        return manifests + "\n---\n" + job.substring(start, end < 0 ? job.length() : end);
    }

    /** Every rendered object against the Kubernetes schemas (and the Prometheus Operator's), with kubernetes-models. */
    private static void validate(Map<String, List<JsonNode>> kinds, String name) throws Exception {
        com.fasterxml.jackson.databind.node.ArrayNode all = new ObjectMapper().createArrayNode();
        kinds.values().forEach(all::addAll);
        Path file = Paths.get("target/helm-" + name + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, all.toString());
        Scripts.Run run = Scripts.run("src/dev/validate-k8s.sh", 5, file.toString());
        assertEquals(0, run.exitValue(), run.output());
        assertTrue(run.output().contains(all.size() + " of " + all.size() + " objects valid"), run.output());
        LOG.infof("[helm] %s values: %d objects valid against the Kubernetes schemas", name, all.size());
    }

    private static JsonNode configMap(Map<String, List<JsonNode>> kinds) {
        return kinds.get("ConfigMap").stream().filter(c -> c.at("/data").has("QUARKUS_DATASOURCE_JDBC_URL")).findFirst().orElseThrow();
    }

    private static Map<String, List<JsonNode>> render(String manifests) throws IOException {
        Map<String, List<JsonNode>> kinds = new HashMap<>();
        YAMLMapper yaml = new YAMLMapper();
        try (var parser = new YAMLFactory().createParser(manifests)) {
            for (JsonNode doc : yaml.readValues(parser, JsonNode.class).readAll()) {
                if (doc != null && doc.has("kind")) {
                    kinds.computeIfAbsent(doc.path("kind").asText(), k -> new ArrayList<>()).add(doc);
                }
            }
        }
        return kinds;
    }

    private static String summary(Map<String, List<JsonNode>> kinds) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        kinds.forEach((k, v) -> counts.put(k, v.size()));
        return counts.toString();
    }

    private static void leaves(JsonNode values, JsonNode schema, String path, List<String> undescribed) {
        values.fields().forEachRemaining(e -> {
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode s = schema.path("properties").path(e.getKey());
            if (e.getValue().isObject() && s.has("properties")) {
                leaves(e.getValue(), s, p, undescribed);
            } else if (s.path("description").asText().isEmpty()) {
                undescribed.add(p);
            }
        });
    }
}
