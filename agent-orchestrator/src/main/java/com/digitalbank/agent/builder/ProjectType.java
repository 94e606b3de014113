package com.digitalbank.agent.builder;

/** How a project is deployed, as Ops detects it from the files. */
public enum ProjectType {

	/** A long-running server: a container image on ECS Fargate. */
	CONTAINER_SERVICE,

	/** Files served as they are: S3 behind CloudFront. */
	STATIC_SITE,

	/** A handler invoked per event: AWS Lambda. */
	FUNCTION,

	/** A program run on demand: a runnable jar, or a container run as a task. */
	COMMAND_LINE

}
