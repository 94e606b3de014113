package com.digitalbank.platform.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;

/**
 * Accepts a dependency unless it goes from one feature into a sub-package of another.
 */
final class FrontDoor extends DescribedPredicate<Dependency> {

	private final String rootPackage;

	FrontDoor(String rootPackage) {
		super("a feature of " + rootPackage + " uses another feature only through its root package");
		this.rootPackage = rootPackage;
	}

	@Override
	public boolean test(Dependency dependency) {
		FeaturePath origin = FeaturePath.of(rootPackage, dependency.getOriginClass());
		FeaturePath target = FeaturePath.of(rootPackage, dependency.getTargetClass());
		if (origin == null || target == null || !origin.inAFeature() || !target.inAFeature()) {
			return true;
		}
		return origin.feature().equals(target.feature()) || target.atFrontDoor();
	}

}
