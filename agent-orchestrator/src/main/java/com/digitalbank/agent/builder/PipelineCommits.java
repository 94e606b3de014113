package com.digitalbank.agent.builder;

import java.util.List;

import com.digitalbank.agent.builder.persistence.PipelineRecords;
import com.digitalbank.agent.builder.persistence.ProjectStore;
import com.digitalbank.platform.dynamodb.TransactionCancelledException;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import com.digitalbank.platform.dynamodb.WriteTransactions;
import com.digitalbank.platform.messaging.OutgoingEvent;
import com.digitalbank.platform.outbox.Outbox;
import com.digitalbank.platform.outbox.OutboxEntry;
import com.digitalbank.platform.outbox.OutboxRecord;
import org.springframework.stereotype.Component;

/**
 * Commits a pipeline step: its records, the project's new state and the events that start
 * the next step, all in one transaction (the events through the outbox), so a step either
 * happened whole, next step included, or not at all. A redelivered step whose record is
 * already there commits nothing and is told so.
 */
@Component
public class PipelineCommits {

	private static final Object OUTBOX_RECORD = "outbox record";

	private final WriteTransactions transactions;

	private final Outbox outbox;

	PipelineCommits(WriteTransactions transactions, Outbox outbox) {
		this.transactions = transactions;
		this.outbox = outbox;
	}

	public OutboxEntry event(String queue, String eventType, Object data, Project project) {
		return outbox.prepare(queue, OutgoingEvent.of(eventType, data).forUser(project.userId()));
	}

	/**
	 * @return false when the step's record existed: it ran before, nothing was written
	 * @throws ProjectRejectedException.ChangedMeanwhile when the project changed
	 * (renamed, modified or deleted) since it was read
	 */
	public boolean commit(WriteTransaction transaction, ProjectId projectId, List<OutboxEntry> events) {
		OutboxRecord record = events.isEmpty() ? null : outbox.addTo(transaction, events, OUTBOX_RECORD);
		try {
			transactions.commit(transaction);
		}
		catch (TransactionCancelledException ex) {
			if (ex.conditionFailed(PipelineRecords.DONE_BEFORE)) {
				return false;
			}
			if (ex.failures().stream().anyMatch(failure -> failure.tag() == ProjectStore.PROJECT_ITEM)) {
				throw new ProjectRejectedException.ChangedMeanwhile(projectId);
			}
			throw ex;
		}
		if (record != null) {
			outbox.sendCommitted(record);
		}
		return true;
	}

}
