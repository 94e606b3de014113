package com.digitalbank.platform.test;

import java.util.function.Function;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchitectureRulesTests {

	private static final String FIXTURES = "com.digitalbank.platform.test.fixtures";

	private static final String COMPLIANT = FIXTURES + ".compliant";

	private static final String VIOLATING = FIXTURES + ".violating";

	private static final String SKELETON = FIXTURES + ".skeleton";

	@Test
	void aFeatureReachingIntoAnothersSubPackageFails() {
		EvaluationResult result = evaluate(ArchitectureRules.featuresMeetOnlyAtTheirFrontDoor(VIOLATING), VIOLATING);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).isNotEmpty()
			.allSatisfy(line -> assertThat(line).contains("transfer.TransferManagement")
				.contains("account.persistence.AccountStore"));
	}

	@Test
	void aFeatureUsingAnothersRootAndItsOwnSubPackagesPasses() {
		assertThat(evaluate(ArchitectureRules.featuresMeetOnlyAtTheirFrontDoor(COMPLIANT), COMPLIANT).hasViolation())
			.isFalse();
	}

	@Test
	void aCycleBetweenFeaturesFails() {
		EvaluationResult result = evaluate(ArchitectureRules.noCyclesBetweenFeatures(VIOLATING), VIOLATING);

		assertThat(result.hasViolation()).isTrue();
		assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("account.Account")
			.contains("transfer.Transfer");
	}

	@Test
	void webReadingStorageFails() {
		EvaluationResult result = evaluate(ArchitectureRules.webDoesNotTouchPersistence(), VIOLATING);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).isNotEmpty()
			.allSatisfy(line -> assertThat(line).contains("web.AccountController").contains("AccountStore"));
	}

	@Test
	void aDomainUsingTheAwsSdkFails() {
		EvaluationResult result = evaluate(ArchitectureRules.domainKnowsNoWebOrAws(VIOLATING), VIOLATING);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails())
			.allSatisfy(line -> assertThat(line).contains("transfer.Transfer").contains("software.amazon"));
	}

	@Test
	void aHelperClassFails() {
		EvaluationResult result = evaluate(ArchitectureRules.noUtilsOrHelpers(), VIOLATING);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).singleElement()
			.satisfies(line -> assertThat(line).contains("TransferHelper"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void everyRulePassesOnACompliantService(String name, Function<String, ArchRule> rule) {
		assertThat(evaluate(rule.apply(COMPLIANT), COMPLIANT).hasViolation()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void everyRuleChecksAServiceThatHasOnlyItsApplicationClass(String name, Function<String, ArchRule> rule) {
		assertThat(evaluate(rule.apply(SKELETON), SKELETON).hasViolation()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void everyRuleFailsWhenItFindsNoClassToCheck(String name, Function<String, ArchRule> rule) {
		JavaClasses nothing = new ClassFileImporter().importPackages(FIXTURES + ".absent");

		assertThatThrownBy(() -> rule.apply(FIXTURES + ".absent").check(nothing)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("failed to check any classes");
	}

	@Test
	void aMisspeltRootPackageFailsRatherThanPassing() {
		JavaClasses compliant = new ClassFileImporter().importPackages(COMPLIANT);

		assertThatThrownBy(() -> ArchitectureRules.featuresMeetOnlyAtTheirFrontDoor(COMPLIANT + "x").check(compliant))
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> ArchitectureRules.noCyclesBetweenFeatures(COMPLIANT + "x").check(compliant))
			.isInstanceOf(AssertionError.class);
	}

	static Stream<Arguments> rules() {
		return Stream.of(
				Arguments.of("noCyclesBetweenFeatures",
						(Function<String, ArchRule>) ArchitectureRules::noCyclesBetweenFeatures),
				Arguments.of("featuresMeetOnlyAtTheirFrontDoor",
						(Function<String, ArchRule>) ArchitectureRules::featuresMeetOnlyAtTheirFrontDoor),
				Arguments.of("webDoesNotTouchPersistence",
						(Function<String, ArchRule>) root -> ArchitectureRules.webDoesNotTouchPersistence()),
				Arguments.of("domainKnowsNoWebOrAws",
						(Function<String, ArchRule>) ArchitectureRules::domainKnowsNoWebOrAws),
				Arguments.of("noUtilsOrHelpers",
						(Function<String, ArchRule>) root -> ArchitectureRules.noUtilsOrHelpers()));
	}

	private static EvaluationResult evaluate(ArchRule rule, String rootPackage) {
		return rule.evaluate(new ClassFileImporter().importPackages(rootPackage));
	}

}
