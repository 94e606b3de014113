/**
 * The Dev agent: writes the files of each planned task, or fixes what QA found, from the
 * model's answer; paths that would leave the project fail it.
 */
package com.digitalbank.agent.builder.dev;
