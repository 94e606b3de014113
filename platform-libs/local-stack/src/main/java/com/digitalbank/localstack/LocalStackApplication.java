package com.digitalbank.localstack;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the local AWS stack on the documented ports until the process is stopped.
 * {@code ./dev up} starts it before the services.
 */
public final class LocalStackApplication {

	private LocalStackApplication() {
	}

	public static void main(String[] args) throws InterruptedException {
		// The stand-ins log at DEBUG by default; keep the console for what a developer
		// needs.
		System.setProperty("logback.configurationFile", "local-stack-logback.xml");
		long started = System.nanoTime();
		LocalAwsStack stack;
		try {
			stack = LocalAwsStack.start(LocalStackPorts.defaults());
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			// Some stand-ins keep non-daemon threads: leave no half-started stack behind.
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.close();
			stopped.countDown();
		}, "local-stack-shutdown"));
		System.out.printf("""
				Local AWS stack ready in %d ms
				  DynamoDB Local   %s
				  SQS (ElasticMQ)  %s
				  S3 (S3Proxy)     %s   access key %s, secret %s
				  SMTP (GreenMail) 127.0.0.1:%d   received mail: %s/mail
				  Dev JWT issuer   %s/token?user=user-123&tenant=acme   JWKS: %s
				%n""", (System.nanoTime() - started) / 1_000_000, stack.dynamoDbEndpoint(), stack.sqsEndpoint(),
				stack.s3Endpoint(), LocalAwsStack.ACCESS_KEY, LocalAwsStack.SECRET_KEY, stack.ports().smtp(),
				stack.identityEndpoint(), stack.identityEndpoint(), stack.jwkSetUri());
		stopped.await();
	}

}
