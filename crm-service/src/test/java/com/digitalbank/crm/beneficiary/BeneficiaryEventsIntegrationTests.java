package com.digitalbank.crm.beneficiary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.digitalbank.crm.CrmIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each change of a beneficiary is announced on {@code crm-events}, in the envelope. */
class BeneficiaryEventsIntegrationTests extends CrmIntegrationTest {

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	JsonMapper json;

	@Test
	void addUpdateAndRemoveAreAnnouncedThroughTheOutbox() {
		String user = newUser();
		String id = add(user, body("Ana Sofía", "\"Sofi\"", "SISTER", CLABES.get(0), null));
		api(user).put("/v1/beneficiaries/" + id, body("Ana Sofía Martínez", "\"Sofi\"", "SISTER", CLABES.get(0), null));
		api(user).delete("/v1/beneficiaries/" + id);
		String queueUrl = sqs.getQueueUrl(request -> request.queueName("crm-events")).join().queueUrl();
		List<JsonNode> mine = new ArrayList<>();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			for (Message message : sqs
				.receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
				.join()
				.messages()) {
				JsonNode envelope = json.readTree(message.body());
				if (id.equals(envelope.path("data").path("beneficiaryId").asString())) {
					mine.add(envelope);
				}
				sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle())).join();
			}
			assertThat(mine).extracting(envelope -> envelope.path("eventType").asString())
				.containsExactlyInAnyOrder("BENEFICIARY_ADDED", "BENEFICIARY_UPDATED", "BENEFICIARY_REMOVED");
		});
		assertThat(mine).allSatisfy(envelope -> {
			assertThat(envelope.path("userId").asString()).isEqualTo(user);
			assertThat(envelope.path("source").asString()).isEqualTo("crm-service");
			assertThat(envelope.path("data").path("clabeLast4").asString()).isEqualTo("7771");
			assertThat(envelope.path("data").has("clabe")).as("the whole CLABE never travels").isFalse();
		});
	}

}
