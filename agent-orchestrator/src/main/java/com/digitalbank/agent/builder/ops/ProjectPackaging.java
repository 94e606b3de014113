package com.digitalbank.agent.builder.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.agent.builder.AgentRole;
import com.digitalbank.agent.builder.Deployment;
import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.PipelineCommits;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectPipeline.StageRequest;
import com.digitalbank.agent.builder.ProjectStatus;
import com.digitalbank.agent.builder.ProjectTransitions;
import com.digitalbank.agent.builder.ProjectType;
import com.digitalbank.agent.builder.persistence.ArtifactStore;
import com.digitalbank.agent.builder.persistence.FileStore;
import com.digitalbank.agent.builder.persistence.PipelineRecords;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ops: detects the project's type, adds its deployment files, zips the project to S3
 * under the revision's own key (earlier revisions' packages stay) and marks it READY with
 * its deployment record, in one transaction. Rerun after a crash it writes the same zip
 * to the same key; the files are one per path, so the zip never holds one twice.
 */
@Service
public class ProjectPackaging {

	private final ProjectTransitions transitions;

	private final PipelineRecords records;

	private final FileStore files;

	private final ArtifactStore artifacts;

	private final PipelineCommits commits;

	private final DeploymentFiles deploymentFiles;

	ProjectPackaging(ProjectTransitions transitions, PipelineRecords records, FileStore files, ArtifactStore artifacts,
			PipelineCommits commits, JsonMapper json) {
		this.transitions = transitions;
		this.records = records;
		this.files = files;
		this.artifacts = artifacts;
		this.commits = commits;
		this.deploymentFiles = new DeploymentFiles(json);
	}

	public void pack(StageRequest request) {
		Optional<Project> waiting = transitions.awaiting(request.projectId(), request.revision(), AgentRole.OPS,
				ProjectStatus.PACKAGING);
		if (waiting.isEmpty()) {
			return;
		}
		Project project = transitions.begin(waiting.get(), ProjectStatus.PACKAGING, AgentRole.OPS,
				"Packaging revision " + request.revision());
		List<FileContent> existing = files.readAll(project.projectId());
		ProjectType type = ProjectTypeDetector.detect(existing);
		List<FileContent> added = deploymentFiles.write(type, project, existing);
		Map<String, FileContent> all = new LinkedHashMap<>();
		existing.forEach(file -> all.put(file.path().value(), file));
		added.forEach(file -> all.put(file.path().value(), file));
		byte[] zip = ProjectArchive.zip(project.slug(), all.values(), project.updatedAt());
		String fileName = project.slug() + "-r" + project.revision() + ".zip";
		String key = artifacts.putPackage(project.projectId(), project.revision(), fileName, zip);
		Project ready = project.packaged(transitions.now());
		WriteTransaction transaction = new WriteTransaction();
		added.forEach(
				file -> files.addFile(transaction, project.projectId(), file, project.revision(), ready.updatedAt()));
		records.addDeployment(transaction, project.projectId(),
				new Deployment(project.revision(), type, added.stream().map(file -> file.path().value()).toList(),
						DeploymentFiles.NOTES, key, zip.length, ready.updatedAt()));
		transitions.addMove(transaction, project, ready, AgentRole.OPS,
				"Packaged " + all.size() + " files as " + fileName + " (" + type + ")");
		commits.commit(transaction, project.projectId(), List.of());
	}

}
