package com.digitalbank.agent.builder.dev;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.digitalbank.agent.builder.DevBrief;
import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.Modification;
import com.digitalbank.agent.builder.Plan;
import com.digitalbank.agent.builder.PlanTask;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectPipeline.DevelopmentRequest;
import com.digitalbank.agent.builder.QaReport;
import com.digitalbank.agent.builder.persistence.FileStore;
import com.digitalbank.agent.builder.persistence.PipelineRecords;
import org.springframework.stereotype.Component;

/**
 * Gathers what the model needs for one Dev step: the task (or QA's failures) and the
 * current content of the files it is about, within a budget so a prompt stays a prompt.
 */
@Component
class DevBriefs {

	/** Characters of current file content one brief carries at most. */
	static final int CONTENT_BUDGET = 60_000;

	private final PipelineRecords records;

	private final FileStore files;

	DevBriefs(PipelineRecords records, FileStore files) {
		this.records = records;
		this.files = files;
	}

	DevBrief brief(Project project, Plan plan, DevelopmentRequest request) {
		List<String> changes = records.modifications(project.projectId())
			.stream()
			.filter(modification -> modification.revision() <= project.revision())
			.map(Modification::description)
			.toList();
		List<FileContent> existing = files.readAll(project.projectId());
		List<QaReport.QaFailure> fixes = request.attempt() == 1 ? List.of()
				: records.report(project.projectId(), project.revision(), request.attempt() - 1)
					.map(QaReport::failures)
					.orElse(List.of());
		PlanTask task = request.attempt() == 1 ? plan.tasks().get(request.taskIndex())
				: new PlanTask("fix-" + request.attempt(), "Fix what QA found", "Correct the failures listed in fixes",
						fixes.stream().map(QaReport.QaFailure::path).distinct().toList());
		Set<String> relevant = new LinkedHashSet<>(task.files());
		return new DevBrief(project.name(), project.templateId(), project.requirements(), changes, task, fixes,
				existing.stream().map(file -> file.path().value()).toList(), current(existing, relevant));
	}

	private static List<DevBrief.CurrentFile> current(List<FileContent> existing, Set<String> relevant) {
		List<DevBrief.CurrentFile> current = new ArrayList<>();
		int budget = CONTENT_BUDGET;
		for (FileContent file : existing) {
			if (relevant.contains(file.path().value()) && file.content().length() <= budget) {
				current.add(new DevBrief.CurrentFile(file.path().value(), file.content()));
				budget -= file.content().length();
			}
		}
		return current;
	}

}
