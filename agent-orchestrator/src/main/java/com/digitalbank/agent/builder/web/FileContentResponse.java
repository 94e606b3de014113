package com.digitalbank.agent.builder.web;

import com.digitalbank.agent.builder.FileContent;
import io.swagger.v3.oas.annotations.media.Schema;

/** A file with its text. */
@Schema(requiredProperties = { "path", "size", "content" })
record FileContentResponse(@Schema(example = "README.md") String path, @Schema(example = "420") long size,
		String content) {

	static FileContentResponse from(FileContent file) {
		return new FileContentResponse(file.path().value(), file.size(), file.content());
	}

}
