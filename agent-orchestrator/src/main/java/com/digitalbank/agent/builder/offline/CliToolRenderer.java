package com.digitalbank.agent.builder.offline;

import java.util.List;
import java.util.Optional;

import com.digitalbank.agent.builder.PlanTask;

/**
 * The command-line tool template: a Java 21 program with one sub-command per requested
 * command over a list kept in a file, a runnable jar build and JUnit tests. Commands it
 * knows by name (add, list, remove, done, clear, count, search) do what they say; any
 * other prints what it was given.
 */
final class CliToolRenderer implements TemplateRenderer {

	@Override
	public List<PlanTask> tasks(ProjectSpec spec) {
		String main = "src/main/java/" + spec.packagePath() + "/";
		return List.of(
				new PlanTask("setup", "Set up the build", "Maven build of a runnable jar, README and .gitignore.",
						List.of("pom.xml", "README.md", ".gitignore")),
				new PlanTask("commands", "The commands",
						"The entry point, one method per command: " + String.join(", ", spec.commands())
								+ ", and the file-backed list they work on.",
						List.of(main + spec.classPrefix() + ".java", main + "Commands.java", main + "ItemList.java")),
				new PlanTask("tests", "Tests", "JUnit tests of every command.",
						List.of("src/test/java/" + spec.packagePath() + "/CommandsTests.java")));
	}

	@Override
	public Optional<String> render(ProjectSpec spec, String path) {
		String main = "src/main/java/" + spec.packagePath() + "/";
		if (path.equals(main + spec.classPrefix() + ".java")) {
			return Optional.of(CliToolSources.entryPoint(spec));
		}
		if (path.equals(main + "Commands.java")) {
			return Optional.of(CliToolSources.commands(spec));
		}
		if (path.equals(main + "ItemList.java")) {
			return Optional.of(CliToolSources.itemList(spec));
		}
		if (path.equals("src/test/java/" + spec.packagePath() + "/CommandsTests.java")) {
			return Optional.of(CliToolSources.tests(spec));
		}
		return switch (path) {
			case "pom.xml" -> Optional.of(pom(spec));
			case ".gitignore" -> Optional.of("target/\n.idea/\n*.iml\n");
			case "README.md" -> Optional.of(readme(spec));
			default -> Optional.empty();
		};
	}

	private static String pom(ProjectSpec spec) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<project xmlns="http://maven.apache.org/POM/4.0.0"
				         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
				  <modelVersion>4.0.0</modelVersion>
				  <groupId>com.example</groupId>
				  <artifactId>%1$s</artifactId>
				  <version>0.1.0</version>
				  <properties>
				    <maven.compiler.release>21</maven.compiler.release>
				    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
				  </properties>
				  <dependencies>
				    <dependency>
				      <groupId>org.junit.jupiter</groupId>
				      <artifactId>junit-jupiter</artifactId>
				      <version>5.13.4</version>
				      <scope>test</scope>
				    </dependency>
				  </dependencies>
				  <build>
				    <finalName>%1$s</finalName>
				    <plugins>
				      <plugin>
				        <groupId>org.apache.maven.plugins</groupId>
				        <artifactId>maven-surefire-plugin</artifactId>
				        <version>3.5.4</version>
				      </plugin>
				      <plugin>
				        <groupId>org.apache.maven.plugins</groupId>
				        <artifactId>maven-jar-plugin</artifactId>
				        <version>3.4.2</version>
				        <configuration>
				          <archive>
				            <manifest>
				              <mainClass>%2$s.%3$s</mainClass>
				            </manifest>
				          </archive>
				        </configuration>
				      </plugin>
				    </plugins>
				  </build>
				</project>
				"""
			.formatted(spec.slug(), spec.packageName(), spec.classPrefix());
	}

	private static String readme(ProjectSpec spec) {
		StringBuilder readme = new StringBuilder("# ").append(spec.name())
			.append("\n\n")
			.append(spec.tagline())
			.append("\n\n## Build and run\n\n```\nmvn package\njava -jar target/")
			.append(spec.slug())
			.append(".jar help\n```\n\nItems are kept in `~/.")
			.append(spec.slug())
			.append("/items.txt` (set `")
			.append(CliToolSources.homeVariable(spec))
			.append("` to use another folder).\n\n## Commands\n\n");
		spec.commands()
			.forEach(command -> readme.append("- `")
				.append(command)
				.append("`: ")
				.append(CliToolSources.describe(command))
				.append('\n'));
		return readme.toString();
	}

}
