package com.linkstar.reply.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is plain Java: Lambda, the API, the CLI and tests all reuse it, so it may not depend on any of them. */
@AnalyzeClasses(packages = "com.linkstar.reply.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule no_frameworks = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.quarkus..", "jakarta..", "javax.inject..", "software.amazon..", "com.amazonaws..", "dev.langchain4j..",
            "io.quarkiverse..", "com.fasterxml..", "org.jboss..", "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..")
            .because("the domain and use cases must stay framework-free (STYLE.md principle 2)");

    @ArchTest
    static final ArchRule model_depends_on_nothing_else = noClasses().that().resideInAPackage("..core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.usecase..", "..core.port..", "..core.memory..")
            .because("the model is the vocabulary everything else is written in");
}
