/**
 * The Ops agent: detects how a project deploys, writes its deployment configuration and
 * notes, and packages the project as a zip in S3.
 */
package com.digitalbank.agent.builder.ops;
