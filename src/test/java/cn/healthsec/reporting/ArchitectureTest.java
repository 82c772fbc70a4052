package cn.healthsec.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of the Measures are plain Java: a unit test calls them without Quarkus, a database or
 * HTTP. Rule classes, the calendar, divisions and authorities may not reach for any of those.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.healthsec.reporting");

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
                .or().resideInAPackage("cn.healthsec.reporting.rules")
                .and().doNotHaveSimpleName("RuleResource")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                        "jakarta.transaction..", "jakarta.enterprise..", "io.quarkus..", "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepEntitiesOutOfTheApiModels() {
        noClasses()
                .that().resideInAPackage("..api..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Entity")
                .check(CLASSES);
    }
}
