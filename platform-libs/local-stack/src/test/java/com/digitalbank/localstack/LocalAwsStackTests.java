package com.digitalbank.localstack;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

import static org.assertj.core.api.Assertions.assertThat;

class LocalAwsStackTests {

	private static LocalAwsStack stack;

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final StaticCredentialsProvider credentials = StaticCredentialsProvider
		.create(AwsBasicCredentials.create(LocalAwsStack.ACCESS_KEY, LocalAwsStack.SECRET_KEY));

	@BeforeAll
	static void start() {
		stack = LocalAwsStack.start(LocalStackPorts.free());
	}

	@AfterAll
	static void stop() {
		stack.close();
	}

	@Test
	void dynamoDbStoresAndReadsAnItemThroughTheSdk() {
		try (DynamoDbClient dynamo = DynamoDbClient.builder()
			.endpointOverride(URI.create(stack.dynamoDbEndpoint()))
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.build()) {
			dynamo.createTable(table -> table.tableName("stack-test")
				.keySchema(key -> key.attributeName("id").keyType(KeyType.HASH))
				.attributeDefinitions(id -> id.attributeName("id").attributeType(ScalarAttributeType.S))
				.billingMode(BillingMode.PAY_PER_REQUEST));
			dynamo.putItem(put -> put.tableName("stack-test")
				.item(Map.of("id", AttributeValue.fromS("acc-1"), "balance", AttributeValue.fromN("1500.00"))));

			assertThat(dynamo.listTables().tableNames()).contains("stack-test");
			assertThat(
					dynamo.getItem(get -> get.tableName("stack-test").key(Map.of("id", AttributeValue.fromS("acc-1"))))
						.item())
				.containsEntry("balance", AttributeValue.fromN("1500"));
		}
	}

	@Test
	void sqsDeliversAMessageThroughTheSdk() {
		try (SqsClient sqs = SqsClient.builder()
			.endpointOverride(URI.create(stack.sqsEndpoint()))
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.build()) {
			String url = sqs.createQueue(b -> b.queueName("stack-test")).queueUrl();
			sqs.sendMessage(b -> b.queueUrl(url).messageBody("hello"));
			assertThat(sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(2)).messages()).extracting(m -> m.body())
				.containsExactly("hello");
		}
	}

	@Test
	void s3ServesAnObjectThroughASigV4PresignedUrl() throws Exception {
		try (S3Client s3 = S3Client.builder()
			.endpointOverride(URI.create(stack.s3Endpoint()))
			.forcePathStyle(true)
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.build();
				S3Presigner presigner = S3Presigner.builder()
					.endpointOverride(URI.create(stack.s3Endpoint()))
					.serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
						.pathStyleAccessEnabled(true)
						.build())
					.region(Region.US_EAST_1)
					.credentialsProvider(credentials)
					.build()) {
			s3.createBucket(b -> b.bucket("stack-test"));
			s3.putObject(b -> b.bucket("stack-test").key("a/b.txt"), RequestBody.fromString("presigned"));
			URI url = presigner
				.presignGetObject(b -> b.signatureDuration(Duration.ofMinutes(5))
					.getObjectRequest(g -> g.bucket("stack-test").key("a/b.txt")))
				.url()
				.toURI();

			HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("presigned");
		}
	}

	@Test
	void mintedTokensVerifyAgainstThePublishedKeySet() throws Exception {
		String token = get("/token?user=user-123&tenant=acme");
		String accessToken = token.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
		JWKSet keys = JWKSet.parse(get(DevIdentityProvider.JWKS_PATH));

		SignedJWT jwt = SignedJWT.parse(accessToken);

		assertThat(jwt.verify(new RSASSAVerifier((RSAKey) keys.getKeys().getFirst()))).isTrue();
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("user-123");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("tenant_id")).isEqualTo("acme");
	}

	@Test
	void userTokensCarryAnEmailForNotifications() throws Exception {
		String token = get("/token?user=user-123&tenant=acme");
		SignedJWT jwt = SignedJWT.parse(token.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1"));

		assertThat(jwt.getJWTClaimsSet().getStringClaim("email")).isEqualTo("user-123@dev.digitalbank.example");
	}

	@Test
	void aServiceClientGetsATokenForItselfWithTheClientCredentialsGrant() throws Exception {
		String basic = java.util.Base64.getEncoder()
			.encodeToString("marketplace-service:marketplace-dev-secret".getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = postToken("grant_type=client_credentials&scope=payments%3Awrite",
				"Basic " + basic);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"token_type\":\"Bearer\"").contains("\"scope\":\"payments:write\"");
		SignedJWT jwt = SignedJWT.parse(response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1"));
		JWKSet keys = JWKSet.parse(get(DevIdentityProvider.JWKS_PATH));
		assertThat(jwt.verify(new RSASSAVerifier((RSAKey) keys.getKeys().getFirst()))).isTrue();
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("marketplace-service");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("client_id")).isEqualTo("marketplace-service");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("payments:write");
		assertThat(jwt.getJWTClaimsSet().getClaim("tenant_id")).isNull();
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(stack.identityEndpoint());
	}

	@Test
	void aClientMayPostItsCredentialsAndGetsEveryScopeItIsAllowedWhenItAsksForNone() throws Exception {
		HttpResponse<String> response = postToken(
				"grant_type=client_credentials&client_id=marketplace-service&client_secret=marketplace-dev-secret",
				null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"scope\":\"payments:write\"");
	}

	@Test
	void refusesUnknownClientsScopesBeyondTheClientsAndOtherGrants() throws Exception {
		String form = "&client_id=marketplace-service&client_secret=marketplace-dev-secret";

		assertThat(postToken("grant_type=client_credentials&client_id=marketplace-service&client_secret=guess", null))
			.satisfies(r -> assertThat(r.statusCode()).isEqualTo(401))
			.satisfies(r -> assertThat(r.body()).contains("invalid_client"));
		assertThat(postToken("grant_type=client_credentials&scope=banking" + form, null))
			.satisfies(r -> assertThat(r.statusCode()).isEqualTo(400))
			.satisfies(r -> assertThat(r.body()).contains("invalid_scope"));
		assertThat(postToken("grant_type=password" + form, null))
			.satisfies(r -> assertThat(r.statusCode()).isEqualTo(400))
			.satisfies(r -> assertThat(r.body()).contains("unsupported_grant_type"));
	}

	private static HttpResponse<String> postToken(String form, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(stack.identityEndpoint() + ClientCredentialsGrant.PATH))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void receivedMailIsListedOverHttp() throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(stack.ports().smtp()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("shop@example.com"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("ana@example.com"));
		message.setSubject("Your order");
		message.setText("Thanks");
		Transport.send(message);

		assertThat(get("/mail")).contains("Your order").contains("ana@example.com");
	}

	@Test
	void browsersGetTheInboxAsHtmlAndToolsKeepJson() throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(stack.ports().smtp()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("shop@example.com"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("luis@example.com"));
		message.setSubject("<script>alert(1)</script> Invoice");
		message.setText("Attached");
		Transport.send(message);

		HttpResponse<String> page = get("/mail", "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<table")
			.contains("luis@example.com")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; Invoice")
			.doesNotContain("<script>")
			.containsPattern("href=\"/mail/\\d+\"");

		HttpResponse<String> json = get("/mail", "application/json");
		assertThat(json.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(json.body()).startsWith("{").contains("luis@example.com");
	}

	private static String get(String path) throws Exception {
		return get(path, "*/*").body();
	}

	private static HttpResponse<String> get(String path, String accept) throws Exception {
		return http.send(
				HttpRequest.newBuilder(URI.create(stack.identityEndpoint() + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
