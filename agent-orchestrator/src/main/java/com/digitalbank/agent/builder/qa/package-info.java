/**
 * The QA agent: compiles Java in-process with the JDK's compiler API (never runs it),
 * parses JSON, YAML, XML and HTML, measures the project, scores it and either sends it on
 * to packaging or back to Dev with the failures, up to a limit.
 */
package com.digitalbank.agent.builder.qa;
