package com.digitalbank.agent.builder.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What may be replaced on a project: its name. Its requirements change through
 * modifications, which re-run the pipeline.
 */
record UpdateProjectRequest(@Schema(example = "Library API v2") @NotBlank @Size(max = 80) @Pattern(
		regexp = CreateProjectRequest.TEXT, message = CreateProjectRequest.NO_CONTROL) String name) {

}
