package com.digitalbank.platform.deadletter;

import java.util.Map;
import java.util.Set;

import com.digitalbank.platform.resources.QueueDeclaration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DeadLetterRedriveTests {

	private static final QueueDeclaration QUEUE = QueueDeclaration.of("orders");

	private final FakeSqs sqs = new FakeSqs();

	private final DeadLetterRedrive redrive = new DeadLetterRedrive(new QueueClient(sqs));

	@Test
	void deletesEachMessageOnlyAfterItsCopyWasSent() {
		sqs.add(message("a"));
		sqs.add(message("b"));

		RedriveReport report = redrive.redrive(QUEUE, Set.of());

		assertThat(sqs.calls).containsExactly("send:body-a", "delete:body-a", "send:body-b", "delete:body-b");
		assertThat(report.moved()).isEqualTo(2);
		assertThat(report.failed()).isZero();
		assertThat(report.messages()).extracting(RedriveOutcome::result).containsOnly(RedriveOutcome.Result.MOVED);
		assertThat(sqs.deadLetters).isEmpty();
	}

	@Test
	void aMessageTheSourceQueueRefusesStaysInTheDeadLetterQueueAndIsVisibleAgain() {
		sqs.add(message("a"));
		sqs.add(message("b"));
		sqs.refuseSending.add("body-b");

		RedriveReport report = redrive.redrive(QUEUE, Set.of());

		assertThat(sqs.calls).doesNotContain("delete:body-b").endsWith("release:body-b");
		assertThat(report.messages()).extracting(RedriveOutcome::messageId, RedriveOutcome::result)
			.containsExactly(tuple("a", RedriveOutcome.Result.MOVED), tuple("b", RedriveOutcome.Result.NOT_SENT));
		assertThat(report.failed()).isEqualTo(1);
		assertThat(sqs.deadLetters).containsOnlyKeys("b");
		assertThat(sqs.hidden).isEmpty();
	}

	@Test
	void aCopySentButNotDeletedIsReportedAndNotSentTwiceInOneCall() {
		sqs.add(message("a"));
		sqs.refuseDeleting.add("body-a");

		RedriveReport report = redrive.redrive(QUEUE, Set.of());

		assertThat(report.messages()).singleElement()
			.satisfies(outcome -> assertThat(outcome.result()).isEqualTo(RedriveOutcome.Result.SENT_NOT_DELETED));
		assertThat(sqs.calls).containsExactly("send:body-a", "delete:body-a");
	}

	@Test
	void redrivesOnlyTheNamedMessagesAndReleasesTheOthers() {
		sqs.add(message("a"));
		sqs.add(message("b"));
		sqs.add(message("c"));

		RedriveReport report = redrive.redrive(QUEUE, Set.of("b", "gone"));

		assertThat(report.messages()).extracting(RedriveOutcome::messageId, RedriveOutcome::result)
			.containsExactlyInAnyOrder(tuple("b", RedriveOutcome.Result.MOVED),
					tuple("gone", RedriveOutcome.Result.NOT_FOUND));
		assertThat(sqs.deadLetters).containsOnlyKeys("a", "c");
		assertThat(sqs.hidden).isEmpty();
	}

	@Test
	void theCopyKeepsBodyAttributesAndFifoGroup() {
		QueueDeclaration fifo = QueueDeclaration.of("orders.fifo");
		sqs.add(message("a").toBuilder()
			.messageAttributes(Map.of("correlationId",
					MessageAttributeValue.builder().dataType("String").stringValue("c-1").build()))
			.attributes(Map.of(MessageSystemAttributeName.MESSAGE_GROUP_ID, "tenant-1",
					MessageSystemAttributeName.AWS_TRACE_HEADER, "Root=1-abc"))
			.build());

		redrive.redrive(fifo, Set.of());

		SendMessageRequest copy = sqs.sent.getFirst();
		assertThat(copy.queueUrl()).isEqualTo("orders.fifo");
		assertThat(copy.messageBody()).isEqualTo("body-a");
		assertThat(copy.messageAttributes().get("correlationId").stringValue()).isEqualTo("c-1");
		assertThat(copy.messageGroupId()).isEqualTo("tenant-1");
		assertThat(copy.messageDeduplicationId()).isEqualTo("a");
		assertThat(copy.messageSystemAttributesAsStrings()).containsKey("AWSTraceHeader");
	}

	private static Message message(String id) {
		return Message.builder()
			.messageId(id)
			.body("body-" + id)
			.messageAttributes(Map.of())
			.attributes(Map.of())
			.build();
	}

}
