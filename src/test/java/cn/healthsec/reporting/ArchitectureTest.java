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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape ARCHITECTURE.md draws, kept by the build: capabilities in layers without cycles, each
 * capability alone with its tables (its {@code @Entity} classes, whatever their names), the rules
 * free of frameworks, transactions off the resources.
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
                .layer("Reports").definedBy(packages("mlps", "catalogue", "riskassessment", "incident", "selfinspection", "rectification"))
                .layer("Supervision").definedBy(packages("obligation"))
                .layer("Rulebook").definedBy(packages("rulebook"))
                .whereLayer("Rulebook").mayNotBeAccessedByAnyLayer()
                .whereLayer("Supervision").mayOnlyBeAccessedByLayers("Rulebook")
                .whereLayer("Reports").mayOnlyBeAccessedByLayers("Supervision", "Rulebook")
                .whereLayer("Intake").mayOnlyBeAccessedByLayers("Reports", "Supervision", "Rulebook")
                .whereLayer("Delivery").mayOnlyBeAccessedByLayers("Intake", "Reports", "Supervision", "Rulebook")
                .whereLayer("Registry").mayOnlyBeAccessedByLayers("Delivery", "Intake", "Reports", "Supervision", "Rulebook")
                .whereLayer("Edge").mayOnlyBeAccessedByLayers("Registry", "Delivery", "Intake", "Reports", "Supervision", "Rulebook")
                .whereLayer("Reference").mayOnlyBeAccessedByLayers("Edge", "Registry", "Delivery", "Intake", "Reports", "Supervision",
                        "Rulebook")
                .check(CLASSES);
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
}
