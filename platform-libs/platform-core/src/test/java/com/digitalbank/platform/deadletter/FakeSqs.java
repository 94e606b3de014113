package com.digitalbank.platform.deadletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArraySet;

import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequest;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageResponse;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;

/**
 * One dead-letter queue in memory, whose URL is its name, with failures on demand and a
 * log of the calls that change something, in order. A received message stays hidden until
 * it is released or deleted; time never passes.
 */
class FakeSqs implements SqsAsyncClient {

	final Map<String, Message> deadLetters = new LinkedHashMap<>();

	final Set<String> hidden = new CopyOnWriteArraySet<>();

	final List<String> calls = new ArrayList<>();

	final List<SendMessageRequest> sent = new ArrayList<>();

	final Set<String> refuseSending = new CopyOnWriteArraySet<>();

	final Set<String> refuseDeleting = new CopyOnWriteArraySet<>();

	void add(Message message) {
		deadLetters.put(message.messageId(), message.toBuilder().receiptHandle("rh-" + message.messageId()).build());
	}

	@Override
	public CompletableFuture<GetQueueUrlResponse> getQueueUrl(GetQueueUrlRequest request) {
		return CompletableFuture.completedFuture(GetQueueUrlResponse.builder().queueUrl(request.queueName()).build());
	}

	@Override
	public CompletableFuture<ReceiveMessageResponse> receiveMessage(ReceiveMessageRequest request) {
		List<Message> received = deadLetters.values()
			.stream()
			.filter(message -> !hidden.contains(message.messageId()))
			.limit(request.maxNumberOfMessages())
			.toList();
		received.forEach(message -> hidden.add(message.messageId()));
		return CompletableFuture.completedFuture(ReceiveMessageResponse.builder().messages(received).build());
	}

	@Override
	public CompletableFuture<SendMessageResponse> sendMessage(SendMessageRequest request) {
		calls.add("send:" + request.messageBody());
		if (refuseSending.contains(request.messageBody())) {
			return CompletableFuture.failedFuture(new IllegalStateException("refused"));
		}
		sent.add(request);
		return CompletableFuture
			.completedFuture(SendMessageResponse.builder().messageId(UUID.randomUUID().toString()).build());
	}

	@Override
	public CompletableFuture<DeleteMessageResponse> deleteMessage(DeleteMessageRequest request) {
		String id = request.receiptHandle().substring("rh-".length());
		calls.add("delete:" + deadLetters.get(id).body());
		if (refuseDeleting.contains(deadLetters.get(id).body())) {
			return CompletableFuture.failedFuture(new IllegalStateException("refused"));
		}
		deadLetters.remove(id);
		hidden.remove(id);
		return CompletableFuture.completedFuture(DeleteMessageResponse.builder().build());
	}

	@Override
	public CompletableFuture<ChangeMessageVisibilityBatchResponse> changeMessageVisibilityBatch(
			ChangeMessageVisibilityBatchRequest request) {
		request.entries().forEach(entry -> {
			String id = entry.receiptHandle().substring("rh-".length());
			calls.add("release:" + deadLetters.get(id).body());
			hidden.remove(id);
		});
		return CompletableFuture.completedFuture(ChangeMessageVisibilityBatchResponse.builder().build());
	}

	@Override
	public String serviceName() {
		return "sqs";
	}

	@Override
	public void close() {
	}

}
