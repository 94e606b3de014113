package com.digitalbank.marketplace;

import com.digitalbank.platform.test.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.digitalbank.marketplace", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule noCycles = ArchitectureRules.noCyclesBetweenFeatures("com.digitalbank.marketplace");

	@ArchTest
	static final ArchRule featuresMeetOnlyAtTheirFrontDoor = ArchitectureRules
		.featuresMeetOnlyAtTheirFrontDoor("com.digitalbank.marketplace");

	@ArchTest
	static final ArchRule webDoesNotTouchPersistence = ArchitectureRules.webDoesNotTouchPersistence();

	@ArchTest
	static final ArchRule domainKnowsNoWebOrAws = ArchitectureRules
		.domainKnowsNoWebOrAws("com.digitalbank.marketplace");

	@ArchTest
	static final ArchRule noUtilsOrHelpers = ArchitectureRules.noUtilsOrHelpers();

}
