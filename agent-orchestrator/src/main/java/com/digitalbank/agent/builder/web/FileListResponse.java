package com.digitalbank.agent.builder.web;

import java.time.Instant;
import java.util.List;

import com.digitalbank.agent.builder.ProjectFile;
import io.swagger.v3.oas.annotations.media.Schema;

/** The project's files, in path order, without their content. */
@Schema(requiredProperties = "items")
record FileListResponse(List<Item> items) {

	static FileListResponse from(List<ProjectFile> files) {
		return new FileListResponse(files.stream()
			.map(file -> new Item(file.path(), file.size(), file.sha256(), file.revision(), file.updatedAt()))
			.toList());
	}

	/** One file. */
	@Schema(name = "ProjectFileItem", requiredProperties = { "path", "size", "sha256", "revision", "updatedAt" })
	record Item(@Schema(example = "src/main/java/com/example/library/Book.java") String path,
			@Schema(example = "812") long size, String sha256, @Schema(example = "1") int revision, Instant updatedAt) {

	}

}
