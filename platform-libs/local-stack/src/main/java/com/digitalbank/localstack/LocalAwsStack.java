package com.digitalbank.localstack;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/**
 * Starts DynamoDB Local (in memory), ElasticMQ, S3Proxy (SigV4, path-style), GreenMail
 * (SMTP) and the dev identity provider in this JVM, all bound to loopback.
 */
public final class LocalAwsStack implements AutoCloseable {

	/** Static credentials the stand-ins accept; the AWS SDK needs some even locally. */
	public static final String ACCESS_KEY = "local";

	public static final String SECRET_KEY = "local-secret";

	public static final String REGION = "us-east-1";

	private static final String HOST = "127.0.0.1";

	private final LocalStackPorts ports;

	private final List<AutoCloseable> running = new ArrayList<>();

	private DevIdentityProvider identity;

	private GreenMail mail;

	private LocalAwsStack(LocalStackPorts ports) {
		this.ports = ports;
	}

	public static LocalAwsStack start(LocalStackPorts ports) {
		LocalAwsStack stack = new LocalAwsStack(ports);
		try {
			stack.startAll();
			return stack;
		}
		catch (Exception ex) {
			stack.close();
			throw new IllegalStateException("Local AWS stack failed to start on " + ports, ex);
		}
	}

	private void startAll() throws Exception {
		DynamoDBProxyServer dynamo = ServerRunner.createServerFromCommandLineArgs(
				new String[] { "-inMemory", "-port", String.valueOf(ports.dynamoDb()), "-disableTelemetry" });
		dynamo.start();
		running.add(dynamo::stop);

		SQSRestServer sqs = SQSRestServerBuilder.withInterface(HOST).withPort(ports.sqs()).start();
		sqs.waitUntilStarted();
		running.add(sqs::stopAndWait);

		startS3();

		mail = new GreenMail(new ServerSetup(ports.smtp(), HOST, ServerSetup.PROTOCOL_SMTP));
		mail.start();
		running.add(mail::stop);

		identity = DevIdentityProvider.start(HOST, ports.identity(), mail);
		running.add(identity::close);
	}

	private void startS3() throws Exception {
		Properties properties = new Properties();
		S3Proxy s3 = S3Proxy.builder()
			.blobStore(BlobStores.create("transient", properties))
			.endpoint(URI.create("http://" + HOST + ":" + ports.s3()))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.ignoreUnknownHeaders(true)
			.build();
		s3.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!"STARTED".equals(s3.getState())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("S3Proxy did not start: " + s3.getState());
			}
			Thread.sleep(20);
		}
		running.add(s3::stop);
	}

	public LocalStackPorts ports() {
		return ports;
	}

	public String dynamoDbEndpoint() {
		return endpoint(ports.dynamoDb());
	}

	public String sqsEndpoint() {
		return endpoint(ports.sqs());
	}

	public String s3Endpoint() {
		return endpoint(ports.s3());
	}

	public String identityEndpoint() {
		return endpoint(ports.identity());
	}

	public String jwkSetUri() {
		return identityEndpoint() + DevIdentityProvider.JWKS_PATH;
	}

	public DevIdentityProvider identity() {
		return identity;
	}

	public GreenMail mail() {
		return mail;
	}

	/**
	 * Spring properties that point a service at this stack: the AWS endpoints and
	 * credentials (the same names Spring Cloud AWS reads in production), SMTP and the JWT
	 * key set.
	 */
	public Map<String, String> springProperties() {
		return Map.ofEntries(Map.entry("spring.cloud.aws.region.static", REGION),
				Map.entry("spring.cloud.aws.credentials.access-key", ACCESS_KEY),
				Map.entry("spring.cloud.aws.credentials.secret-key", SECRET_KEY),
				Map.entry("spring.cloud.aws.dynamodb.endpoint", dynamoDbEndpoint()),
				Map.entry("spring.cloud.aws.sqs.endpoint", sqsEndpoint()),
				Map.entry("spring.cloud.aws.sns.endpoint", sqsEndpoint()),
				Map.entry("spring.cloud.aws.s3.endpoint", s3Endpoint()),
				Map.entry("spring.cloud.aws.s3.path-style-access-enabled", "true"), Map.entry("spring.mail.host", HOST),
				Map.entry("spring.mail.port", String.valueOf(ports.smtp())),
				Map.entry("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri()),
				Map.entry("platform.local-stack.identity-endpoint", identityEndpoint()));
	}

	private static String endpoint(int port) {
		return "http://" + HOST + ":" + port;
	}

	@Override
	public void close() {
		for (int i = running.size() - 1; i >= 0; i--) {
			try {
				running.get(i).close();
			}
			catch (Exception ex) {
				// Shutting down: one stand-in failing to stop must not keep the others
				// running.
			}
		}
		running.clear();
	}

}
