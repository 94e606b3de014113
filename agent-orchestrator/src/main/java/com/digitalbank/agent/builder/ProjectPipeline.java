package com.digitalbank.agent.builder;

/**
 * The events that drive a project through the agents, and on which queue of
 * {@link BuilderProperties.Queues} each travels: the API (creation, modification) puts
 * {@value #PLAN_REQUESTED} on {@code pm}; PM puts {@value #DEVELOPMENT_REQUESTED} on
 * {@code dev}, one per task, each task's message sent by the task before; Dev's last task
 * puts {@value #QA_REQUESTED} on {@code qa}; QA puts {@value #PACKAGING_REQUESTED} on
 * {@code ops}, or {@value #DEVELOPMENT_REQUESTED} back on {@code dev} with what to fix.
 * Every event is recorded in the outbox in the transaction of the state change it
 * follows. Each queue has its own dead-letter queue ({@code <name>-dlq}).
 */
public final class ProjectPipeline {

	public static final String PLAN_REQUESTED = "PROJECT_PLAN_REQUESTED";

	public static final String DEVELOPMENT_REQUESTED = "PROJECT_DEVELOPMENT_REQUESTED";

	public static final String QA_REQUESTED = "PROJECT_QA_REQUESTED";

	public static final String PACKAGING_REQUESTED = "PROJECT_PACKAGING_REQUESTED";

	private ProjectPipeline() {
	}

	/**
	 * The data of {@value #PLAN_REQUESTED}, {@value #QA_REQUESTED} and
	 * {@value #PACKAGING_REQUESTED}.
	 */
	public record StageRequest(String projectId, int revision, int attempt) {

	}

	/**
	 * The data of {@value #DEVELOPMENT_REQUESTED}: task {@code taskIndex} of the plan on
	 * the first attempt; on a later one, the fixes QA asked for in its report of the
	 * attempt before.
	 */
	public record DevelopmentRequest(String projectId, int revision, int attempt, int taskIndex) {

	}

}
