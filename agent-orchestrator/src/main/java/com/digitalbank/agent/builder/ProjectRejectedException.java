package com.digitalbank.agent.builder;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** The refusals of the project API, each with its stable code. */
public abstract sealed class ProjectRejectedException extends BusinessException {

	ProjectRejectedException(ErrorKind kind, String code, String detail) {
		super(kind, code, detail);
	}

	/** A project asks for a template that does not exist. */
	public static final class UnknownTemplate extends ProjectRejectedException {

		public UnknownTemplate(String templateId) {
			super(ErrorKind.INVALID, "UNKNOWN_TEMPLATE",
					"Template '" + templateId + "' does not exist; GET /v1/templates lists them.");
		}

	}

	/** The pipeline is still working on the project. */
	public static final class Busy extends ProjectRejectedException {

		public Busy(ProjectId projectId, ProjectStatus status) {
			super(ErrorKind.CONFLICT, "PROJECT_BUSY",
					"Project " + projectId + " is " + status + "; change it once it is READY or FAILED.");
		}

	}

	/** Nothing was packaged yet, or not that revision. */
	public static final class NotReady extends ProjectRejectedException {

		public NotReady(ProjectId projectId) {
			super(ErrorKind.CONFLICT, "PROJECT_NOT_READY", "Project " + projectId + " has no package to download yet.");
		}

	}

	/** The project has no such file. */
	public static final class FileNotFound extends ProjectRejectedException {

		public FileNotFound(String path) {
			super(ErrorKind.NOT_FOUND, "FILE_NOT_FOUND", "The project has no file '" + path + "'.");
		}

	}

	/** PM has not planned the project yet. */
	public static final class NoPlan extends ProjectRejectedException {

		public NoPlan(ProjectId projectId) {
			super(ErrorKind.NOT_FOUND, "PLAN_NOT_FOUND", "Project " + projectId + " has no plan yet.");
		}

	}

	/** QA has not reported on the project yet. */
	public static final class NoReport extends ProjectRejectedException {

		public NoReport(ProjectId projectId) {
			super(ErrorKind.NOT_FOUND, "REPORT_NOT_FOUND", "Project " + projectId + " has no QA report yet.");
		}

	}

	/** Someone else changed the project meanwhile. */
	public static final class ChangedMeanwhile extends ProjectRejectedException {

		public ChangedMeanwhile(ProjectId projectId) {
			super(ErrorKind.CONFLICT, "CONCURRENT_UPDATE", "Project " + projectId + " changed meanwhile; try again.");
		}

	}

}
