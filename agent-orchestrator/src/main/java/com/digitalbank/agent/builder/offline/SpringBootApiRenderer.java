package com.digitalbank.agent.builder.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.digitalbank.agent.builder.PlanTask;
import com.digitalbank.agent.builder.offline.ProjectSpec.EndpointSpec;
import com.digitalbank.agent.builder.offline.ProjectSpec.EntitySpec;

/**
 * The Spring Boot REST API template: the build, the application class and, per entity, a
 * record, an in-memory repository, a controller with CRUD and the extra endpoints asked
 * for, and a JUnit test of the controller.
 */
final class SpringBootApiRenderer implements TemplateRenderer {

	@Override
	public List<PlanTask> tasks(ProjectSpec spec) {
		List<PlanTask> tasks = new ArrayList<>();
		String main = "src/main/java/" + spec.packagePath() + "/";
		tasks.add(new PlanTask("setup", "Set up the Spring Boot project",
				"Maven build on Spring Boot, the application class, configuration and README.",
				List.of("pom.xml", ".gitignore", "README.md", "src/main/resources/application.properties",
						main + spec.classPrefix() + "Application.java")));
		for (EntitySpec entity : spec.entities()) {
			tasks.add(new PlanTask("resource-" + entity.path(), "The " + entity.name() + " resource",
					"Record " + entity.name() + " with " + entity.fields().size() + " fields, its repository, the "
							+ "REST controller at /" + entity.path() + " and its tests.",
					List.of(main + entity.name() + ".java", main + entity.name() + "Repository.java",
							main + entity.name() + "Controller.java",
							"src/test/java/" + spec.packagePath() + "/" + entity.name() + "ControllerTests.java")));
		}
		return tasks;
	}

	@Override
	public Optional<String> render(ProjectSpec spec, String path) {
		String main = "src/main/java/" + spec.packagePath() + "/";
		String test = "src/test/java/" + spec.packagePath() + "/";
		switch (path) {
			case "pom.xml" -> {
				return Optional.of(pom(spec));
			}
			case ".gitignore" -> {
				return Optional.of("target/\n.idea/\n*.iml\n.vscode/\n");
			}
			case "README.md" -> {
				return Optional.of(readme(spec));
			}
			case "src/main/resources/application.properties" -> {
				return Optional.of("spring.application.name=" + spec.slug() + "\nserver.port=8080\n");
			}
			default -> {
			}
		}
		if (path.equals(main + spec.classPrefix() + "Application.java")) {
			return Optional.of(application(spec));
		}
		for (EntitySpec entity : spec.entities()) {
			SpringResourceSources sources = new SpringResourceSources(spec, entity);
			if (path.equals(main + entity.name() + ".java")) {
				return Optional.of(sources.record());
			}
			if (path.equals(main + entity.name() + "Repository.java")) {
				return Optional.of(sources.repository());
			}
			if (path.equals(main + entity.name() + "Controller.java")) {
				return Optional.of(sources.controller());
			}
			if (path.equals(test + entity.name() + "ControllerTests.java")) {
				return Optional.of(sources.tests());
			}
		}
		return Optional.empty();
	}

	private static String application(ProjectSpec spec) {
		return """
				package %s;

				import org.springframework.boot.SpringApplication;
				import org.springframework.boot.autoconfigure.SpringBootApplication;

				/** %s: %s */
				@SpringBootApplication
				public class %sApplication {

					public static void main(String[] args) {
						SpringApplication.run(%sApplication.class, args);
					}

				}
				""".formatted(spec.packageName(), Names.comment(spec.name()), Names.comment(spec.tagline()),
				spec.classPrefix(), spec.classPrefix());
	}

	private static String pom(ProjectSpec spec) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<project xmlns="http://maven.apache.org/POM/4.0.0"
				         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
				  <modelVersion>4.0.0</modelVersion>
				  <parent>
				    <groupId>org.springframework.boot</groupId>
				    <artifactId>spring-boot-starter-parent</artifactId>
				    <version>4.0.7</version>
				    <relativePath/>
				  </parent>
				  <groupId>com.example</groupId>
				  <artifactId>%s</artifactId>
				  <version>0.1.0</version>
				  <name>%s</name>
				  <properties>
				    <java.version>21</java.version>
				  </properties>
				  <dependencies>
				    <dependency>
				      <groupId>org.springframework.boot</groupId>
				      <artifactId>spring-boot-starter-webmvc</artifactId>
				    </dependency>
				    <dependency>
				      <groupId>org.springframework.boot</groupId>
				      <artifactId>spring-boot-starter-test</artifactId>
				      <scope>test</scope>
				    </dependency>
				  </dependencies>
				  <build>
				    <finalName>%s</finalName>
				    <plugins>
				      <plugin>
				        <groupId>org.springframework.boot</groupId>
				        <artifactId>spring-boot-maven-plugin</artifactId>
				      </plugin>
				    </plugins>
				  </build>
				</project>
				"""
			.formatted(spec.slug(), xml(spec.name()), spec.slug());
	}

	private static String readme(ProjectSpec spec) {
		StringBuilder readme = new StringBuilder("# ").append(spec.name()).append("\n\n").append(spec.tagline());
		readme.append(
				"\n\nA Spring Boot REST API (Java 21). Data is kept in memory.\n\n## Run\n\n```\nmvn spring-boot:run\n```\n\n## Endpoints\n\n");
		for (EntitySpec entity : spec.entities()) {
			String base = spec.pathPrefix(entity) + "/" + entity.path();
			readme.append("- `GET ")
				.append(base)
				.append("`, `POST ")
				.append(base)
				.append("`, `GET|PUT|DELETE ")
				.append(base)
				.append("/{id}`: ")
				.append(entity.phrase())
				.append(" (")
				.append(String.join(", ", entity.fields().stream().map(ProjectSpec.FieldSpec::name).toList()))
				.append(")\n");
			for (EndpointSpec endpoint : spec.extraEndpoints(entity)) {
				readme.append("- `").append(endpoint.method()).append(' ').append(endpoint.path()).append("`\n");
			}
		}
		return readme.append("\n## Test\n\n```\nmvn test\n```\n").toString();
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
