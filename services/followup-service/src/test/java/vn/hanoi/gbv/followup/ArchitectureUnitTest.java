package vn.hanoi.gbv.followup;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.hanoi.gbv.platform.testing.ArchitectureRules;

/** The follow-up rules stay plain Java, readable and testable without Spring, Kafka or MongoDB. */
@AnalyzeClasses(packages = "vn.hanoi.gbv.followup", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava("followup");

    @ArchTest
    static final ArchRule domainStaysInside = ArchitectureRules.domainStaysInside("followup");
}
