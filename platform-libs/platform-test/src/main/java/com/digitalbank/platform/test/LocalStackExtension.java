package com.digitalbank.platform.test;

import java.util.Map;

import com.digitalbank.localstack.LocalAwsStack;
import com.digitalbank.localstack.LocalStackPorts;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the local AWS stack once per test JVM on free ports and publishes its endpoints
 * as system properties, which Spring reads ahead of {@code application.yml}. Spring test
 * contexts are cached until the JVM exits, so the stack is never stopped before them: it
 * dies with the JVM.
 */
public final class LocalStackExtension implements BeforeAllCallback {

	private static volatile LocalAwsStack stack;

	@Override
	public void beforeAll(ExtensionContext context) {
		stack();
	}

	/** The running stack, started on first use. */
	public static LocalAwsStack stack() {
		LocalAwsStack current = stack;
		if (current == null) {
			synchronized (LocalStackExtension.class) {
				current = stack;
				if (current == null) {
					current = startOnFreePorts();
					publish(current.springProperties());
					stack = current;
				}
			}
		}
		return current;
	}

	/**
	 * Another process (a build beside this one, a dev stack) may take a port between its
	 * choice and the bind: try again on new ports.
	 */
	private static LocalAwsStack startOnFreePorts() {
		for (int attempt = 1;; attempt++) {
			try {
				return LocalAwsStack.start(LocalStackPorts.free());
			}
			catch (IllegalStateException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	private static void publish(Map<String, String> properties) {
		properties.forEach(System::setProperty);
		// Tests create what the service declares, as ./dev does; production never does.
		System.setProperty("platform.resources.create-missing", "true");
		// Tests dead-letter on purpose; a test that needs the dead-letter watch turns it
		// on.
		System.setProperty("platform.deadletter.watch-interval", "0");
		// DynamoDB Local warns on every describe of a table that does not exist yet.
		System.setProperty("logging.level.com.amazonaws.services.dynamodbv2.local", "ERROR");
	}

}
