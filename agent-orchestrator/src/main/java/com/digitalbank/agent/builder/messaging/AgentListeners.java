package com.digitalbank.agent.builder.messaging;

import java.util.List;

import com.digitalbank.agent.builder.AgentRole;
import com.digitalbank.agent.builder.ProjectPipeline;
import com.digitalbank.agent.builder.ProjectPipeline.DevelopmentRequest;
import com.digitalbank.agent.builder.ProjectPipeline.StageRequest;
import com.digitalbank.agent.builder.ProjectTransitions;
import com.digitalbank.agent.builder.dev.ProjectDevelopment;
import com.digitalbank.agent.builder.ops.ProjectPackaging;
import com.digitalbank.agent.builder.pm.ProjectPlanning;
import com.digitalbank.agent.builder.qa.ProjectTesting;
import com.digitalbank.platform.messaging.BatchProcessor;
import com.digitalbank.platform.messaging.IncomingMessage;
import com.digitalbank.platform.messaging.MalformedMessageException;
import com.digitalbank.platform.resources.QueueDeclaration;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The four agents, each listening on its own queue. A message that is not its agent's
 * event, or names no project, fails on every receive and ends in that queue's dead-letter
 * queue without holding up its batch; so does a step that keeps failing (a model that
 * cannot be reached).
 */
@Component
class AgentListeners {

	private final BatchProcessor batchProcessor;

	private final ProjectPlanning planning;

	private final ProjectDevelopment development;

	private final ProjectTesting testing;

	private final ProjectPackaging packaging;

	private final ProjectTransitions transitions;

	AgentListeners(BatchProcessor batchProcessor, ProjectPlanning planning, ProjectDevelopment development,
			ProjectTesting testing, ProjectPackaging packaging, ProjectTransitions transitions) {
		this.batchProcessor = batchProcessor;
		this.planning = planning;
		this.development = development;
		this.testing = testing;
		this.packaging = packaging;
		this.transitions = transitions;
	}

	@SqsListener(value = "${agent.builder.queues.pm}", acknowledgementMode = "MANUAL", maxConcurrentMessages = "10",
			maxMessagesPerPoll = "10")
	void onPlanRequests(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			StageRequest request = stage(message, ProjectPipeline.PLAN_REQUESTED);
			lastTry(message, request.projectId(), request.revision(), AgentRole.PM, () -> planning.plan(request));
		});
	}

	@SqsListener(value = "${agent.builder.queues.dev}", acknowledgementMode = "MANUAL", maxConcurrentMessages = "10",
			maxMessagesPerPoll = "10")
	void onDevelopmentRequests(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			DevelopmentRequest request = development(message);
			lastTry(message, request.projectId(), request.revision(), AgentRole.DEV,
					() -> development.develop(request));
		});
	}

	@SqsListener(value = "${agent.builder.queues.qa}", acknowledgementMode = "MANUAL", maxConcurrentMessages = "4",
			maxMessagesPerPoll = "4")
	void onQaRequests(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			StageRequest request = stage(message, ProjectPipeline.QA_REQUESTED);
			lastTry(message, request.projectId(), request.revision(), AgentRole.QA, () -> testing.test(request));
		});
	}

	@SqsListener(value = "${agent.builder.queues.ops}", acknowledgementMode = "MANUAL", maxConcurrentMessages = "10",
			maxMessagesPerPoll = "10")
	void onPackagingRequests(List<Message<String>> batch, BatchAcknowledgement<String> acknowledgement) {
		batchProcessor.process(batch, acknowledgement, message -> {
			StageRequest request = stage(message, ProjectPipeline.PACKAGING_REQUESTED);
			lastTry(message, request.projectId(), request.revision(), AgentRole.OPS, () -> packaging.pack(request));
		});
	}

	/**
	 * Runs the step; when it fails on the receive after which SQS dead-letters the
	 * message, the project fails with the reason first, instead of waiting for a step
	 * that will not come back on its own.
	 */
	private void lastTry(IncomingMessage message, String projectId, int revision, AgentRole agent, Runnable step) {
		try {
			step.run();
		}
		catch (RuntimeException ex) {
			if (message.receiveCount() >= QueueDeclaration.DEFAULT_MAX_RECEIVE_COUNT) {
				transitions.giveUp(projectId, revision, agent, ex);
			}
			throw ex;
		}
	}

	private static StageRequest stage(IncomingMessage message, String eventType) {
		message.requireType(eventType);
		StageRequest request = message.data(StageRequest.class);
		if (request.projectId() == null || request.revision() < 1 || request.attempt() < 1) {
			throw new MalformedMessageException("Message " + message.messageId() + " names no project revision");
		}
		return request;
	}

	private static DevelopmentRequest development(IncomingMessage message) {
		message.requireType(ProjectPipeline.DEVELOPMENT_REQUESTED);
		DevelopmentRequest request = message.data(DevelopmentRequest.class);
		if (request.projectId() == null || request.revision() < 1 || request.attempt() < 1 || request.taskIndex() < 0) {
			throw new MalformedMessageException("Message " + message.messageId() + " names no project task");
		}
		return request;
	}

}
