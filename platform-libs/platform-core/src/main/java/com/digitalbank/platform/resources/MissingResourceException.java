package com.digitalbank.platform.resources;

/** A declared resource does not exist where the service runs: start-up stops here. */
public class MissingResourceException extends IllegalStateException {

	public MissingResourceException(String kind, String name, Throwable cause) {
		super(kind + " '" + name + "' is declared by this service but does not exist. Create it with the "
				+ "Terraform in infra/, or run with platform.resources.create-missing=true (local only).", cause);
	}

}
