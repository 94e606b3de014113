package com.digitalbank.agent.builder.ops;

import java.util.List;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.ProjectType;

/**
 * How a project deploys, from its files alone (a modification may have changed what the
 * template made): a Lambda handler makes a function, a server (Spring Boot, an HTTP
 * server) a container service, a {@code main} without a server a command-line program,
 * and HTML without code a static site.
 */
final class ProjectTypeDetector {

	private ProjectTypeDetector() {
	}

	static ProjectType detect(List<FileContent> files) {
		if (any(files, ".java", "RequestHandler<") || any(files, ".py", "def lambda_handler(")
				|| any(files, ".js", "exports.handler")) {
			return ProjectType.FUNCTION;
		}
		if (any(files, ".java", "@SpringBootApplication") || any(files, ".js", ".listen(")
				|| any(files, ".py", "app.run(") || any(files, ".java", "HttpServer.create(")) {
			return ProjectType.CONTAINER_SERVICE;
		}
		if (any(files, ".java", "static void main(") || any(files, ".py", "__main__")) {
			return ProjectType.COMMAND_LINE;
		}
		return ProjectType.STATIC_SITE;
	}

	private static boolean any(List<FileContent> files, String suffix, String marker) {
		return files.stream().anyMatch(file -> file.path().endsWith(suffix) && file.content().contains(marker));
	}

}
