package com.digitalbank.agent.builder.web;

import com.digitalbank.agent.builder.NewProject;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A project to build: a name, one of the templates, and what it must do. */
record CreateProjectRequest(
		@Schema(example = "Library API") @NotBlank @Size(max = 80) @Pattern(regexp = TEXT,
				message = NO_CONTROL) String name,
		@Schema(example = "spring-boot-api") @NotBlank @Size(max = 64) String templateId,
		@Schema(example = "A library API. Entity Book with fields title, author, year:int. Entity Member with name, "
				+ "email. Endpoints: GET /books, POST /books, GET /books/search.",
				maxLength = NewProject.MAX_REQUIREMENTS) @NotBlank @Size(
						max = NewProject.MAX_REQUIREMENTS) String requirements) {

	/** Printable text on one line: no control characters. */
	static final String TEXT = "[^\\p{Cc}]*";

	static final String NO_CONTROL = "must not contain control characters";

	NewProject toNewProject() {
		return new NewProject(name.strip(), templateId, requirements);
	}

}
