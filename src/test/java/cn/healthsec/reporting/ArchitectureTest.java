package cn.healthsec.reporting;

import cn.healthsec.reporting.obligation.Ledger;
import cn.healthsec.reporting.submission.Accepted;
import cn.healthsec.reporting.submission.SubmissionService;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shape ARCHITECTURE.md draws, kept by the build: capabilities in layers without cycles, each
 * capability alone with its tables (its {@code @Entity} classes, whatever their names), the rules
 * free of frameworks, transactions off the resources, tables named in SQL by their owner alone, no
 * cycle between packages or between the classes of one.
 */
class ArchitectureTest {

    static final String ROOT = "cn.healthsec.reporting";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void shouldKeepTheTopLevelPackagesFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The layers of ARCHITECTURE.md: a package may use the layers above it, never those below. */
    @Test
    void shouldKeepTheLayersOfArchitectureMd() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Kernel").definedBy(packages("rules", "identifier", "config", "vocabulary"))
                .layer("Reference").definedBy(packages("division", "calendar", "authority", "privacy", "problem", "reference"))
                .layer("Edge").definedBy(packages("security", "audit", "web"))
                .layer("Registry").definedBy(packages("institution", "referenceapi", "auditapi"))
                .layer("Delivery").definedBy(packages("routing", "webhook"))
                .layer("Intake").definedBy(packages("submission"))
                .layer("Reports").definedBy(packages("mlps", "catalogue", "riskassessment", "incident", "selfinspection", "rectification",
                        "hazard", "dataexport"))
                .layer("Supervision").definedBy(packages("obligation"))
                .layer("Rulebook").definedBy(packages("rulebook"))
                .layer("Console").definedBy(packages("console"))
                .whereLayer("Console").mayNotBeAccessedByAnyLayer()
                .whereLayer("Rulebook").mayNotBeAccessedByAnyLayer()
                .whereLayer("Supervision").mayOnlyBeAccessedByLayers("Rulebook", "Console")
                .whereLayer("Reports").mayOnlyBeAccessedByLayers("Supervision", "Rulebook", "Console")
                .whereLayer("Intake").mayOnlyBeAccessedByLayers("Reports", "Supervision", "Rulebook", "Console")
                .whereLayer("Delivery").mayOnlyBeAccessedByLayers("Intake", "Reports", "Supervision", "Rulebook", "Console")
                .whereLayer("Registry").mayOnlyBeAccessedByLayers("Delivery", "Intake", "Reports", "Supervision", "Rulebook", "Console")
                .whereLayer("Edge").mayOnlyBeAccessedByLayers("Registry", "Delivery", "Intake", "Reports", "Supervision", "Rulebook", "Console")
                .whereLayer("Reference").mayOnlyBeAccessedByLayers("Edge", "Registry", "Delivery", "Intake", "Reports", "Supervision",
                        "Rulebook", "Console")
                .check(CLASSES);
    }

    /** Every top-level package is in one of the layers above: a new capability cannot escape the layer check. */
    @Test
    void shouldPutEveryCapabilityInALayer() {
        java.util.Set<String> layered = java.util.Set.of("rules", "identifier", "config", "vocabulary", "division", "calendar", "authority",
                "privacy", "problem", "reference", "security", "audit", "web", "institution", "referenceapi", "auditapi", "routing", "webhook",
                "submission", "mlps", "catalogue", "riskassessment", "incident", "selfinspection", "rectification", "hazard", "dataexport",
                "obligation", "rulebook", "console");
        java.util.Set<String> packages = new java.util.TreeSet<>();
        CLASSES.forEach(c -> {
            String rest = c.getPackageName().startsWith(ROOT + ".") ? c.getPackageName().substring(ROOT.length() + 1) : null;
            if (rest != null) {
                packages.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        });
        packages.removeAll(layered);
        assertEquals(java.util.Set.of(), packages, "top-level packages in no layer of ARCHITECTURE.md");
    }

    /** A capability's entities (its tables) are touched by that capability alone; others ask its service. */
    @Test
    void shouldKeepEveryEntityInsideItsCapability() {
        classes().should(new ArchCondition<JavaClass>("touch only the entities of their own capability") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.isAnnotatedWith(Entity.class) && target.getPackageName().startsWith(ROOT)
                            && !capability(target).equals(capability(origin))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(CLASSES);
    }

    /**
     * The rules of the Measures are plain Java: a unit test calls them without Quarkus, a database or
     * HTTP. Rule classes, the calendar, divisions, authorities, the USCC and personal-data checks may
     * not reach for any of those.
     */
    @Test
    void shouldKeepTheRulesFreeOfFrameworks() {
        noClasses()
                .that().haveSimpleNameEndingWith("Rules")
                .or().haveSimpleNameEndingWith("Rule")
                .or().haveSimpleName("IncidentGrading")
                .or().haveSimpleName("GradeThreshold")
                .or().haveSimpleName("WorkingDayCalendar")
                .or().haveSimpleName("DivisionList")
                .or().haveSimpleName("AuthorityDirectory")
                .or().haveSimpleName("Uscc")
                .or().haveSimpleName("PersonalDataDetector")
                .or().resideInAPackage(ROOT + ".rules")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                        "jakarta.transaction..", "jakarta.enterprise..", "io.quarkus..", "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepEntitiesOutOfTheApiModels() {
        noClasses()
                .that().resideInAPackage("..api..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    /** Transactions start at the service a resource calls, never on the resource (ARCHITECTURE.md, "Transactions"). */
    @Test
    void shouldKeepTransactionsOffTheResources() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    /**
     * What ARCHITECTURE.md ("Where transactions start") says requires the caller's transaction: the
     * type services' filing methods (those answering {@code Accepted}, run inside
     * {@code ReportIntake.fileOnce}), {@code SubmissionService.accept} and {@code Ledger.derive}.
     */
    @Test
    void shouldRequireTheCallersTransactionWhereTheDocumentSaysSo() {
        methods().that().arePublic().and().haveRawReturnType(Accepted.class)
                .and().areDeclaredInClassesThat().areAnnotatedWith(ApplicationScoped.class)
                .should(requireTheCallersTransaction())
                .check(CLASSES);
        methods().that().areDeclaredIn(Ledger.class).and().haveName("derive")
                .should(requireTheCallersTransaction())
                .check(CLASSES);
    }

    /**
     * A capability's tables are named in SQL only by that capability (ARCHITECTURE.md, "Layers": the
     * tables column says who owns which); another reads the owner's published read models
     * ("How capabilities meet") or asks the owner's service. Every string literal of the main code is
     * scanned (text blocks too) for a table after {@code from}, {@code join}, {@code update},
     * {@code into}, {@code table} or {@code truncate}.
     */
    @Test
    void shouldNameATableInSqlOnlyInsideTheCapabilityThatOwnsIt() throws IOException {
        Map<String, String> owners = TableOwners.fromArchitectureMd();
        assertEquals(TableOwners.inMigrations(), owners.keySet(), "ARCHITECTURE.md names the owner of every table the migrations create");
        List<String> violations = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String capability = capabilityOf(file);
                for (String table : TableOwners.namedInSql(Files.readString(file))) {
                    String owner = owners.get(table);
                    if (owner != null && !owner.equals(capability)) {
                        violations.add(file + " names " + table + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** A native query's rows are entities or {@code Tuple}s read by column name, never positional arrays (ARCHITECTURE.md, "Queries"). */
    @Test
    void shouldReadNativeRowsByNameNeverAsPositionalArrays() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (Files.readString(file).contains("List<Object[]>")) {
                    violations.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /**
     * No cycle among the classes of one package (a nested class counts as its outer class): within a
     * capability, too, one class uses another and is not used back — no two services inject each
     * other, no query class calls back into the service that calls it.
     */
    @Test
    void shouldKeepEachPackageFreeOfCyclesBetweenItsClasses() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            String from = outermost(c);
            uses.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = outermost(d.getTargetClass());
                if (!to.equals(from) && d.getTargetClass().getPackageName().equals(c.getPackageName())) {
                    uses.get(from).add(to);
                }
            }
        }
        assertEquals(List.of(), cyclesAmong(uses), "cycles between the classes of a package");
    }

    private static String outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getName();
    }

    private static String capabilityOf(java.nio.file.Path file) {
        String path = file.toString().replace('\\', '/');
        String rest = path.substring(path.indexOf(ROOT.replace('.', '/')) + ROOT.length() + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? "" : rest.substring(0, slash);
    }

    private static ArchCondition<JavaMethod> requireTheCallersTransaction() {
        return new ArchCondition<>("be @Transactional(MANDATORY)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean mandatory = method.tryGetAnnotationOfType(Transactional.class)
                        .map(t -> t.value() == Transactional.TxType.MANDATORY).orElse(false);
                if (!mandatory) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is not @Transactional(MANDATORY)"));
                }
            }
        };
    }

    private static String[] packages(String... names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = ROOT + "." + names[i] + "..";
        }
        return out;
    }

    private static String capability(JavaClass c) {
        String rest = c.getPackageName().substring(Math.min(c.getPackageName().length(), ROOT.length() + 1));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
    /** Every cycle of a directed graph, as its strongly connected components of more than one node (Tarjan). */
    static List<Set<String>> cyclesAmong(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }
}
