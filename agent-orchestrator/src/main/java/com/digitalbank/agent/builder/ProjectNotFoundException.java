package com.digitalbank.agent.builder;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** No such project, or another user's: both answer the same. */
public class ProjectNotFoundException extends BusinessException {

	public ProjectNotFoundException(ProjectId projectId) {
		super(ErrorKind.NOT_FOUND, "PROJECT_NOT_FOUND", "Project " + projectId + " was not found.");
	}

}
