package vn.hanoi.gbv.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules every service's architecture test checks: a service's {@code domain} is plain Java (its
 * rules read and test without a framework in the way) and knows nothing of the layers around it.
 */
public final class ArchitectureRules {

    /** The domain imports no framework, broker or database type. */
    public static ArchRule domainIsPlainJava(String service) {
        return noClasses().that().resideInAPackage("vn.hanoi.gbv." + service + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "tools.jackson..")
                .because("the rules must not depend on how they are stored, sent or served");
    }

    /** The domain uses the events and the platform's domain exceptions, never adapters or use cases. */
    public static ArchRule domainStaysInside(String service) {
        return noClasses().that().resideInAPackage("vn.hanoi.gbv." + service + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.hanoi.gbv." + service + "..adapters..", "vn.hanoi.gbv." + service + "..application..",
                        "vn.hanoi.gbv.platform.messaging..", "vn.hanoi.gbv.platform.security..",
                        "vn.hanoi.gbv.platform.web..")
                .because("dependencies point inwards, to the domain");
    }

    private ArchitectureRules() {
    }
}
