package com.digitalbank.agent.builder.ops;

import java.util.ArrayList;
import java.util.List;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectPath;
import com.digitalbank.agent.builder.ProjectType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deployment configuration Ops adds to a project, by type: a container service gets a
 * Dockerfile and an ECS Fargate task definition, a static site a CloudFormation template
 * for a private S3 bucket behind CloudFront, a function a Lambda definition, a
 * command-line program a Dockerfile to run it as a task. Each gets {@code DEPLOYMENT.md}.
 * A Dockerfile the project already has is kept.
 */
final class DeploymentFiles {

	static final String NOTES = "DEPLOYMENT.md";

	private final JsonMapper json;

	DeploymentFiles(JsonMapper json) {
		this.json = json;
	}

	List<FileContent> write(ProjectType type, Project project, List<FileContent> existing) {
		String slug = project.slug();
		boolean hasDockerfile = existing.stream().anyMatch(file -> file.path().value().equals("Dockerfile"));
		List<FileContent> files = new ArrayList<>();
		switch (type) {
			case CONTAINER_SERVICE -> {
				if (!hasDockerfile) {
					files.add(file("Dockerfile", DeploymentTexts.javaDockerfile(true)));
				}
				files.add(file("deploy/ecs-task-definition.json", taskDefinition(slug)));
			}
			case COMMAND_LINE -> {
				if (!hasDockerfile) {
					files.add(file("Dockerfile", DeploymentTexts.javaDockerfile(false)));
				}
			}
			case STATIC_SITE -> files.add(file("deploy/static-site.yaml", DeploymentTexts.staticSite(slug)));
			case FUNCTION -> files.add(file("deploy/lambda-function.json", lambda(slug)));
		}
		files.add(file(NOTES, DeploymentTexts.notes(type, project)));
		return files;
	}

	private String taskDefinition(String slug) {
		ObjectNode definition = json.createObjectNode()
			.put("family", slug)
			.put("networkMode", "awsvpc")
			.put("cpu", "512")
			.put("memory", "1024")
			.put("executionRoleArn", "arn:aws:iam::<account-id>:role/ecsTaskExecutionRole");
		definition.putArray("requiresCompatibilities").add("FARGATE");
		ArrayNode containers = definition.putArray("containerDefinitions");
		ObjectNode container = containers.addObject()
			.put("name", slug)
			.put("image", "<account-id>.dkr.ecr.<region>.amazonaws.com/" + slug + ":latest")
			.put("essential", true);
		container.putArray("portMappings").addObject().put("containerPort", 8080).put("protocol", "tcp");
		container.putArray("environment")
			.addObject()
			.put("name", "JAVA_TOOL_OPTIONS")
			.put("value", "-XX:MaxRAMPercentage=75");
		ObjectNode logs = container.putObject("logConfiguration").put("logDriver", "awslogs");
		logs.putObject("options")
			.put("awslogs-group", "/ecs/" + slug)
			.put("awslogs-region", "<region>")
			.put("awslogs-stream-prefix", slug);
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(definition) + "\n";
	}

	private String lambda(String slug) {
		ObjectNode function = json.createObjectNode()
			.put("FunctionName", slug)
			.put("Runtime", "java21")
			.put("Handler", "<package>.<Handler>::handleRequest")
			.put("MemorySize", 512)
			.put("Timeout", 30)
			.put("Role", "arn:aws:iam::<account-id>:role/" + slug + "-lambda");
		function.putArray("Architectures").add("arm64");
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(function) + "\n";
	}

	private static FileContent file(String path, String content) {
		return new FileContent(new ProjectPath(path), content);
	}

}
