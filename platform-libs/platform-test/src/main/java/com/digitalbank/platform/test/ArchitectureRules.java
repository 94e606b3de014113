package com.digitalbank.platform.test;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service checks in its {@code ArchitectureTests}: feature packages
 * without cycles, web adapters that never reach persistence, a domain free of web and AWS
 * types, and no dumping-ground classes.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/** No cycles between the feature packages directly under the given root package. */
	public static ArchRule noCyclesBetweenFeatures(String rootPackage) {
		return SlicesRuleDefinition.slices()
			.matching(rootPackage + ".(*)..")
			.should()
			.beFreeOfCycles()
			.allowEmptyShould(true);
	}

	public static ArchRule webDoesNotTouchPersistence() {
		return noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..persistence..")
			.allowEmptyShould(true);
	}

	/** Classes outside the adapter packages know neither HTTP nor the AWS SDK. */
	public static ArchRule domainKnowsNoWebOrAws(String rootPackage) {
		return noClasses().that()
			.resideInAPackage(rootPackage + "..")
			.and()
			.resideOutsideOfPackages("..web..", "..persistence..", "..messaging..", "..client..", "..config..",
					"..demo..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "software.amazon..")
			.allowEmptyShould(true);
	}

	public static ArchRule noUtilsOrHelpers() {
		return noClasses().should()
			.haveSimpleNameEndingWith("Util")
			.orShould()
			.haveSimpleNameEndingWith("Utils")
			.orShould()
			.haveSimpleNameEndingWith("Helper")
			.orShould()
			.haveSimpleNameEndingWith("Helpers")
			.allowEmptyShould(true);
	}

}
