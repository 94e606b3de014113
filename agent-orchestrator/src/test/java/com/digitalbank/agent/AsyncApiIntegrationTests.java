package com.digitalbank.agent;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import com.digitalbank.platform.test.AsyncApiDocument;
import com.digitalbank.platform.test.ListenerQueues;
import com.digitalbank.platform.test.SentMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The AsyncAPI document against what the service does: the queues its listeners read, and
 * the queues it sends to while one project runs the whole pipeline, seen at its SQS
 * client.
 */
@AgentIntegrationTest
class AsyncApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	SentMessages sent;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	BuilderProperties properties;

	@Test
	void documentNamesEveryQueueTheServiceReadsAndWrites() {
		try (SentMessages.Recording recording = sent.record()) {
			ApiClient client = ApiClient.on(port).as("asyncapi-user", "acme", "agent");
			ApiResponse accepted = client.post("/v1/projects",
					"{\"name\":\"AsyncAPI site\",\"templateId\":\"static-website\",\"requirements\":\"A site.\"}");
			assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
			String id = accepted.json("$.projectId");
			await().until(() -> "READY".equals(client.get("/v1/projects/" + id).json("$.status")));
			await().until(() -> recording.queues().contains(properties.queues().ops()));

			AsyncApiDocument document = AsyncApiDocument.validated(client.get("/asyncapi").body());
			document.assertReceivesFrom(ListenerQueues.of(context));
			document.assertSendsTo(recording.queues());
			document.assertDocumentsDeadLetterQueues(sqs);
		}
	}

}
