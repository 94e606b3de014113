package com.digitalbank.agent.builder;

/** A model named a file outside its project; the project fails with this reason. */
public class UnsafePathException extends RuntimeException {

	public UnsafePathException(String path, String refusal) {
		super("Refused file path '" + printable(path) + "': " + refusal);
	}

	private static String printable(String path) {
		if (path == null) {
			return "";
		}
		String shown = path.replaceAll("\\p{Cntrl}", "?");
		return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
	}

}
