package com.digitalbank.agent.builder.offline;

import java.util.List;
import java.util.Optional;

import com.digitalbank.agent.builder.PlanTask;

/** One template as the offline model renders it: its tasks, and each file's content. */
interface TemplateRenderer {

	List<PlanTask> tasks(ProjectSpec spec);

	/**
	 * The file's content for the spec, or empty for a path the template does not make.
	 */
	Optional<String> render(ProjectSpec spec, String path);

}
