package dev.upstoxmcp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;

/** The package arrows of STYLE.md, and read-only by construction. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.upstoxmcp");

    static final String OURS = "dev.upstoxmcp..";

    @Test
    void onlyTheMcpRuntimeTouchesTheSdk() {
        noClasses().that().resideOutsideOfPackage("dev.upstoxmcp.mcp.runtime..")
                .should().dependOnClassesThat().resideInAPackage("io.modelcontextprotocol..")
                .check(MAIN);
    }

    @Test
    void nothingDependsOnToolsSandboxOrTheRuntime() {
        noClasses().that().resideOutsideOfPackage("dev.upstoxmcp.tools..")
                .should().dependOnClassesThat().resideInAPackage("dev.upstoxmcp.tools..").check(MAIN);
        noClasses().that().resideOutsideOfPackage("dev.upstoxmcp.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("dev.upstoxmcp.sandbox..").check(MAIN);
        noClasses().that().resideOutsideOfPackage("dev.upstoxmcp.mcp.runtime..")
                .should().dependOnClassesThat().resideInAPackage("dev.upstoxmcp.mcp.runtime..").check(MAIN);
    }

    @Test
    void upstoxDependsOnlyOnTheToolApi() {
        noClasses().that().resideInAPackage("dev.upstoxmcp.upstox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.upstoxmcp.auth..", "dev.upstoxmcp.analytics..",
                        "dev.upstoxmcp.charts..")
                .check(MAIN);
    }

    @Test
    void authReachesOnlyUpstoxAndTheToolApi() {
        noClasses().that().resideInAPackage("dev.upstoxmcp.auth..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.upstoxmcp.analytics..",
                        "dev.upstoxmcp.charts..")
                .check(MAIN);
    }

    @Test
    void pureAndSandboxPackagesImportNothingOfOurs() {
        for (String leaf : new String[] {"analytics", "charts", "sandbox"}) {
            noClasses().that().resideInAPackage("dev.upstoxmcp." + leaf + "..")
                    .should().dependOnClassesThat().resideInAPackage(OURS).andShould().dependOnClassesThat()
                    .resideOutsideOfPackages("dev.upstoxmcp." + leaf + "..", "java..", "jakarta..", "javax..",
                            "org.eclipse.microprofile..", "tools.jackson..", "com.fasterxml.jackson..",
                            "org.apache.commons.math3..", "org.ta4j..", "org.jfree..")
                    .allowEmptyShould(true)
                    .check(MAIN);
        }
    }

    @Test
    void restClientsOnlyRead() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RegisterRestClient.class)
                .should().beAnnotatedWith(GET.class)
                .andShould().notBeAnnotatedWith(POST.class)
                .andShould().notBeAnnotatedWith(PUT.class)
                .andShould().notBeAnnotatedWith(DELETE.class)
                .andShould().notBeAnnotatedWith(PATCH.class)
                .check(MAIN);
    }
}
