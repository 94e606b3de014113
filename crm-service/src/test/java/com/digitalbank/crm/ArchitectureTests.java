package com.digitalbank.crm;

import com.digitalbank.platform.test.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

@AnalyzeClasses(packages = "com.digitalbank.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule noCycles = ArchitectureRules.noCyclesBetweenFeatures("com.digitalbank.crm");

	@ArchTest
	static final ArchRule featuresMeetOnlyAtTheirFrontDoor = ArchitectureRules
		.featuresMeetOnlyAtTheirFrontDoor("com.digitalbank.crm");

	@ArchTest
	static final ArchRule webDoesNotTouchPersistence = ArchitectureRules.webDoesNotTouchPersistence();

	@ArchTest
	static final ArchRule domainKnowsNoWebOrAws = ArchitectureRules.domainKnowsNoWebOrAws("com.digitalbank.crm");

	@ArchTest
	static final ArchRule noUtilsOrHelpers = ArchitectureRules.noUtilsOrHelpers();

	/**
	 * Resolution decides who receives money: plain Java, tested without a context, and
	 * unaware of beneficiaries, which it receives as contacts.
	 */
	@ArchTest
	static final ArchRule resolutionIsPlainJava = ArchRuleDefinition.noClasses()
		.that()
		.resideInAPackage("com.digitalbank.crm.resolution..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "software.amazon..", "com.digitalbank.platform..",
				"com.digitalbank.crm.beneficiary..");

}
