package com.digitalbank.platform.resources;

/**
 * A key attribute of a table or index: its name and whether it holds a string or a
 * number.
 */
public record KeyAttribute(String name, Type type) {

	public enum Type {

		STRING, NUMBER

	}

	public static KeyAttribute string(String name) {
		return new KeyAttribute(name, Type.STRING);
	}

	public static KeyAttribute number(String name) {
		return new KeyAttribute(name, Type.NUMBER);
	}

}
