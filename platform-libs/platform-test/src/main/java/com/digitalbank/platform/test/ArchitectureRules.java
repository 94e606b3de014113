package com.digitalbank.platform.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyOrigin;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service checks in its {@code ArchitectureTests}: feature packages
 * without cycles that meet only at their front door, web adapters that never reach
 * persistence, a domain free of web and AWS types, and no dumping-ground classes.
 * <p>
 * Every rule applies to all classes under the root package (or all imported classes), so
 * it checks something even in a service that has only its application class yet; a rule
 * that finds no class at all (a misspelt root package, an empty import) fails instead of
 * passing silently.
 */
public final class ArchitectureRules {

	private static final String[] ADAPTERS = { "..web..", "..persistence..", "..messaging..", "..client..",
			"..config..", "..demo.." };

	private ArchitectureRules() {
	}

	/**
	 * No cycles between the feature packages directly under the given root package, nor
	 * between a feature and the root package itself.
	 */
	public static ArchRule noCyclesBetweenFeatures(String rootPackage) {
		return SlicesRuleDefinition.slices().assignedFrom(new FeatureSlices(rootPackage)).should().beFreeOfCycles();
	}

	/**
	 * A feature package (directly under the root package) uses another feature only
	 * through that feature's root package, its API; never through its {@code web},
	 * {@code persistence}, {@code messaging}, {@code client}, {@code config} or any other
	 * sub-package. What one feature needs of another's internals is exported on purpose,
	 * in the other's root package. A feature's own sub-packages use each other freely.
	 */
	public static ArchRule featuresMeetOnlyAtTheirFrontDoor(String rootPackage) {
		return classes().that()
			.resideInAPackage(rootPackage + "..")
			.should(onlyHaveDependenciesWhere(new FrontDoor(rootPackage)));
	}

	public static ArchRule webDoesNotTouchPersistence() {
		return classes()
			.should(onlyHaveDependenciesWhere(DescribedPredicate.not(dependencyOrigin(resideInAPackage("..web..")))
				.or(DescribedPredicate.not(dependencyTarget(resideInAPackage("..persistence.."))))))
			.as("no classes in ..web.. should depend on classes in ..persistence..");
	}

	/** Classes outside the adapter packages know neither HTTP nor the AWS SDK. */
	public static ArchRule domainKnowsNoWebOrAws(String rootPackage) {
		return noClasses().that()
			.resideInAPackage(rootPackage + "..")
			.and()
			.resideOutsideOfPackages(ADAPTERS)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "software.amazon..");
	}

	public static ArchRule noUtilsOrHelpers() {
		return noClasses().should()
			.haveSimpleNameEndingWith("Util")
			.orShould()
			.haveSimpleNameEndingWith("Utils")
			.orShould()
			.haveSimpleNameEndingWith("Helper")
			.orShould()
			.haveSimpleNameEndingWith("Helpers");
	}

}
