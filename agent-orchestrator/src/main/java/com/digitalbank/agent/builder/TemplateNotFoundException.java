package com.digitalbank.agent.builder;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** No template has this id. */
public class TemplateNotFoundException extends BusinessException {

	public TemplateNotFoundException(String templateId) {
		super(ErrorKind.NOT_FOUND, "TEMPLATE_NOT_FOUND", "Template " + templateId + " was not found.");
	}

}
