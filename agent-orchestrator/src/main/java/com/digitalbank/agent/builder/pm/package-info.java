/**
 * The PM agent: turns a project's requirements (and change requests) into a plan of
 * tasks.
 */
package com.digitalbank.agent.builder.pm;
