package vn.hanoi.gbv.intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.hanoi.gbv.platform.testing.ArchitectureRules;

@AnalyzeClasses(packages = "vn.hanoi.gbv.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava("intake");

    @ArchTest
    static final ArchRule domainStaysInside = ArchitectureRules.domainStaysInside("intake");
}
