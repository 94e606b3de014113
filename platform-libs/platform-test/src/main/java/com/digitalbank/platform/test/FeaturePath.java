package com.digitalbank.platform.test;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;

/**
 * Where a class sits below a service's root package: its feature (the first package under
 * the root) and the sub-packages inside that feature. Empty segments for a class in the
 * root package itself; null for a class outside the root.
 */
record FeaturePath(List<String> segments) {

	static FeaturePath of(String rootPackage, JavaClass javaClass) {
		String name = javaClass.getPackageName();
		if (name.equals(rootPackage)) {
			return new FeaturePath(List.of());
		}
		if (!name.startsWith(rootPackage + ".")) {
			return null;
		}
		return new FeaturePath(List.of(name.substring(rootPackage.length() + 1).split("\\.")));
	}

	boolean inAFeature() {
		return !segments.isEmpty();
	}

	String feature() {
		return segments.getFirst();
	}

	/** In the feature's root package, the API other features may use. */
	boolean atFrontDoor() {
		return segments.size() == 1;
	}

}
