package com.digitalbank.banking;

import com.digitalbank.platform.test.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.digitalbank.banking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule noCycles = ArchitectureRules.noCyclesBetweenFeatures("com.digitalbank.banking");

	@ArchTest
	static final ArchRule featuresMeetOnlyAtTheirFrontDoor = ArchitectureRules
		.featuresMeetOnlyAtTheirFrontDoor("com.digitalbank.banking");

	@ArchTest
	static final ArchRule webDoesNotTouchPersistence = ArchitectureRules.webDoesNotTouchPersistence();

	@ArchTest
	static final ArchRule domainKnowsNoWebOrAws = ArchitectureRules.domainKnowsNoWebOrAws("com.digitalbank.banking");

	@ArchTest
	static final ArchRule noUtilsOrHelpers = ArchitectureRules.noUtilsOrHelpers();

}
