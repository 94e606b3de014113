/**
 * The AI project builder (seed 004): a user asks for a project from a template with
 * requirements, and four agents linked by SQS build it. PM plans tasks, Dev writes the
 * files of each task, QA checks them (sending failures back to Dev up to a limit), Ops
 * writes the deployment configuration and packages the project as a zip in S3.
 * Modifications re-run the pipeline over the existing files. This package is the
 * feature's API: projects, templates, the pipeline's events and
 * {@link ProjectManagement}.
 */
package com.digitalbank.agent.builder;
