package vn.hanoi.gbv.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain stays plain Java, so its rules read (and test) without a framework in the way. */
@AnalyzeClasses(packages = "vn.hanoi.gbv.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses()
            .that().resideInAPackage("..referral..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
            .because("routing and referral rules must not depend on how they are stored, sent or served");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..referral..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..referral..adapters..", "..referral..application..",
                    "vn.hanoi.gbv.platform.messaging..", "vn.hanoi.gbv.platform.security..",
                    "vn.hanoi.gbv.platform.web..")
            .because("the domain may use the events and the platform's domain exceptions only");
}
