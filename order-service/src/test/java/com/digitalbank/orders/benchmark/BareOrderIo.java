package com.digitalbank.orders.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.digitalbank.localstack.LocalAwsStack;
import com.digitalbank.orders.order.Order;
import com.digitalbank.platform.dynamodb.JsonItems;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The baseline: a plain client doing, per order, exactly the I/O the pipeline needs and
 * nothing else: four SQS hops (send, receive, delete), one conditional DynamoDB
 * {@code PutItem} of the order's item, one S3 {@code PutObject} of the invoice's bytes
 * and two SMTP sends of the order's two e-mails, against the same stand-ins, from as many
 * threads as the burst has clients. No HTTP API, no JSON envelopes, no rendering, no
 * idempotency bookkeeping.
 */
final class BareOrderIo implements AutoCloseable {

	private static final List<String> HOPS = List.of("bare-creation", "bare-invoice", "bare-internal-notification",
			"bare-customer-confirmation");

	private final SqsClient sqs;

	private final DynamoDbClient dynamoDb;

	private final S3Client s3;

	private final JavaMailSenderImpl mail;

	private final JsonItems items;

	private final Sample sample;

	private final List<String> queueUrls;

	/**
	 * @param sample what one order carries: the submitted event's body, the later events'
	 * body, the order, its invoice and its two e-mails as the pipeline made them
	 */
	BareOrderIo(LocalAwsStack stack, JsonItems items, Sample sample) {
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create(LocalAwsStack.ACCESS_KEY, LocalAwsStack.SECRET_KEY));
		Region region = Region.of(LocalAwsStack.REGION);
		this.sqs = SqsClient.builder()
			.endpointOverride(URI.create(stack.sqsEndpoint()))
			.credentialsProvider(credentials)
			.region(region)
			.httpClientBuilder(ApacheHttpClient.builder())
			.build();
		this.dynamoDb = DynamoDbClient.builder()
			.endpointOverride(URI.create(stack.dynamoDbEndpoint()))
			.credentialsProvider(credentials)
			.region(region)
			.httpClientBuilder(ApacheHttpClient.builder())
			.build();
		this.s3 = S3Client.builder()
			.endpointOverride(URI.create(stack.s3Endpoint()))
			.credentialsProvider(credentials)
			.region(region)
			.forcePathStyle(true)
			.httpClientBuilder(ApacheHttpClient.builder())
			.build();
		this.mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(stack.ports().smtp());
		this.items = items;
		this.sample = sample;
		this.queueUrls = HOPS.stream()
			.map(name -> sqs.createQueue(create -> create.queueName(name)).queueUrl())
			.toList();
	}

	/**
	 * Runs {@code orders} orders from {@code threads} threads and answers how long it
	 * took.
	 */
	Duration run(int orders, int threads) throws Exception {
		String tenant = "bare-" + UUID.randomUUID().toString().substring(0, 8);
		long start = System.nanoTime();
		try (ExecutorService clients = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < orders; i++) {
				int index = i;
				done.add(clients.submit(() -> {
					order(tenant, index);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/** One order's I/O, in the order the pipeline does it. */
	private void order(String tenant, int index) throws MessagingException {
		String orderId = UUID.randomUUID().toString();
		hop(0, sample.submittedBody());
		put(tenant, orderId);
		hop(1, sample.laterBody());
		hop(2, sample.laterBody());
		send(sample.internalEmail(), "team-" + index + "@" + tenant + ".example.com");
		s3.putObject(put -> put.bucket(sample.bucket())
			.key("bare/" + tenant + "/" + orderId + ".pdf")
			.contentType("application/pdf"), RequestBody.fromBytes(sample.invoice()));
		hop(3, sample.laterBody());
		send(sample.customerEmail(), "c" + index + "@" + tenant + ".example.com");
	}

	private void hop(int queue, String body) {
		String url = queueUrls.get(queue);
		sqs.sendMessage(send -> send.queueUrl(url).messageBody(body));
		List<Message> received;
		do {
			received = sqs.receiveMessage(receive -> receive.queueUrl(url).maxNumberOfMessages(1).waitTimeSeconds(1))
				.messages();
		}
		while (received.isEmpty());
		String receipt = received.getFirst().receiptHandle();
		sqs.deleteMessage(delete -> delete.queueUrl(url).receiptHandle(receipt));
	}

	private void put(String tenant, String orderId) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(sample.order()));
		item.put("PK", AttributeValue.fromS("TENANT#" + tenant));
		item.put("SK", AttributeValue.fromS("ORDER#" + orderId));
		item.put("GSI1PK", AttributeValue.fromS("TENANT#" + tenant));
		item.put("GSI1SK", AttributeValue.fromS(orderId));
		item.put("orderId", AttributeValue.fromS(orderId));
		dynamoDb
			.putItem(put -> put.tableName(sample.table()).item(item).conditionExpression("attribute_not_exists(PK)"));
	}

	private void send(MimeMessage template, String recipient) throws MessagingException {
		MimeMessage message = new MimeMessage(template);
		message.setRecipients(RecipientType.TO, recipient);
		mail.send(message);
	}

	@Override
	public void close() {
		sqs.close();
		dynamoDb.close();
		s3.close();
	}

	/** What one order carries, taken from an order the pipeline handled. */
	record Sample(String table, String bucket, Order order, String submittedBody, String laterBody, byte[] invoice,
			MimeMessage internalEmail, MimeMessage customerEmail) {
	}

}
