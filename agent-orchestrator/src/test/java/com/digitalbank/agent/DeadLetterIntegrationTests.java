package com.digitalbank.agent;

import java.time.Duration;
import java.util.List;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.platform.test.ApiClient;
import com.digitalbank.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison message in any agent's queue fails on every receive and ends in that queue's
 * dead-letter queue, where operators find it with its failure.
 */
@AgentIntegrationTest
class DeadLetterIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	BuilderProperties properties;

	@Test
	void aPoisonMessageInEveryAgentQueueIsDeadLettered() {
		BuilderProperties.Queues queues = properties.queues();
		List<String> agentQueues = List.of(queues.pm(), queues.dev(), queues.qa(), queues.ops());
		for (String queue : agentQueues) {
			String url = sqs.getQueueUrl(get -> get.queueName(queue)).join().queueUrl();
			sqs.sendMessage(send -> send.queueUrl(url).messageBody("{\"poison\":\"" + queue + "\"}")).join();
		}

		for (String queue : agentQueues) {
			List<?> dead = await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> operator().get("/actuator/queues/" + queue + "?limit=100")
					.<List<?>>json("$.messages[?(@.body =~ /.*poison.*" + queue + ".*/)]"), found -> !found.isEmpty());
			assertThat(dead).hasSize(1);
		}
		ApiResponse listed = operator().get("/actuator/queues");
		assertThat(listed.<List<String>>json("$.queues[*].name")).containsAll(agentQueues);
	}

	private ApiClient operator() {
		return ApiClient.on(port).as("operator", null, "ops");
	}

}
