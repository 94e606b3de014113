package com.digitalbank.agent.builder.web;

import com.digitalbank.agent.builder.NewProject;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A change to make to the project's files. */
record ModificationRequest(
		@Schema(example = "Add entity Review with fields rating:int, comment. Endpoints: GET /reviews.",
				maxLength = NewProject.MAX_REQUIREMENTS) @NotBlank @Size(
						max = NewProject.MAX_REQUIREMENTS) String description) {

}
