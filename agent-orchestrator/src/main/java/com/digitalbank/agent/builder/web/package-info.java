/**
 * The builder's HTTP API under {@code /v1}: projects, their files, plan, QA report,
 * download link, modifications and progress stream, and the templates.
 */
package com.digitalbank.agent.builder.web;
