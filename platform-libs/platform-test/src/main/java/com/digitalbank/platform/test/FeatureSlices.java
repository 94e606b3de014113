package com.digitalbank.platform.test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * One slice per feature package under the root, and one for the root package itself, so
 * that even a service with only its application class has a slice to check.
 */
final class FeatureSlices implements SliceAssignment {

	private final String rootPackage;

	FeatureSlices(String rootPackage) {
		this.rootPackage = rootPackage;
	}

	@Override
	public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
		FeaturePath path = FeaturePath.of(rootPackage, javaClass);
		if (path == null) {
			return SliceIdentifier.ignore();
		}
		return SliceIdentifier.of(path.inAFeature() ? path.feature() : "(root package)");
	}

	@Override
	public String getDescription() {
		return "the root package " + rootPackage + " and each feature package under it";
	}

}
