package com.digitalbank.agent.builder.ops;

import java.time.Instant;
import java.util.List;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.NewProject;
import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectPath;
import com.digitalbank.agent.builder.ProjectType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentFilesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Project project = Project.created(new ProjectId("prj-1"), "user-1",
			new NewProject("Órdenes API", "spring-boot-api", "x"), Instant.EPOCH);

	@Test
	void detectsTheTypeFromTheFiles() {
		assertThat(ProjectTypeDetector.detect(List.of(file("src/App.java", "@SpringBootApplication class App {}"))))
			.isEqualTo(ProjectType.CONTAINER_SERVICE);
		assertThat(ProjectTypeDetector
			.detect(List.of(file("src/Handler.java", "class H implements RequestHandler<String, String> {}"))))
			.isEqualTo(ProjectType.FUNCTION);
		assertThat(ProjectTypeDetector
			.detect(List.of(file("src/Main.java", "class Main { public static void main(String[] a) {} }"))))
			.isEqualTo(ProjectType.COMMAND_LINE);
		assertThat(ProjectTypeDetector.detect(List.of(file("index.html", "<html></html>"))))
			.isEqualTo(ProjectType.STATIC_SITE);
	}

	@Test
	void aContainerServiceGetsADockerfileAndAFargateTaskDefinition() {
		List<FileContent> files = new DeploymentFiles(JSON).write(ProjectType.CONTAINER_SERVICE, project, List.of());

		assertThat(files).extracting(file -> file.path().value())
			.containsExactly("Dockerfile", "deploy/ecs-task-definition.json", "DEPLOYMENT.md");
		var definition = JSON.readTree(files.get(1).content());
		assertThat(definition.get("family").asString()).isEqualTo("ordenes-api");
		assertThat(definition.get("requiresCompatibilities").get(0).asString()).isEqualTo("FARGATE");
		assertThat(definition.at("/containerDefinitions/0/portMappings/0/containerPort").asInt()).isEqualTo(8080);
	}

	@Test
	void aFunctionGetsALambdaDefinitionAndAStaticSiteACloudFrontTemplate() {
		DeploymentFiles deployment = new DeploymentFiles(JSON);

		List<FileContent> function = deployment.write(ProjectType.FUNCTION, project, List.of());
		List<FileContent> site = deployment.write(ProjectType.STATIC_SITE, project, List.of());

		assertThat(JSON.readTree(function.getFirst().content()).get("Runtime").asString()).isEqualTo("java21");
		assertThat(site.getFirst().path().value()).isEqualTo("deploy/static-site.yaml");
		assertThat(site.getFirst().content()).contains("AWS::CloudFront::Distribution", "AWS::S3::Bucket");
	}

	@Test
	void aDockerfileTheProjectHasIsKept() {
		List<FileContent> files = new DeploymentFiles(JSON).write(ProjectType.COMMAND_LINE, project,
				List.of(file("Dockerfile", "FROM scratch\n")));

		assertThat(files).extracting(file -> file.path().value()).containsExactly("DEPLOYMENT.md");
	}

	private static FileContent file(String path, String content) {
		return new FileContent(new ProjectPath(path), content);
	}

}
