package com.digitalbank.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checked-out repository these checks read: its root, the services as {@code ./dev}
 * lists them (the one table of services, so a service added there is checked here), and
 * JSON files.
 */
public final class Repository {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern SERVICES_TABLE = Pattern.compile("(?s)\\nSERVICES='\\n(.*?)\\n'");

	private Repository() {
	}

	public static Path root() {
		return Path.of(System.getProperty("infra.root", "../..")).toAbsolutePath().normalize();
	}

	public static Path infra() {
		return root().resolve("infra");
	}

	public static String version() {
		return System.getProperty("infra.project.version", "0.1.0-SNAPSHOT");
	}

	/** The services in {@code ./dev}'s table, in its order. */
	public static List<Service> services() {
		Matcher table = SERVICES_TABLE.matcher(read(root().resolve("dev")));
		if (!table.find()) {
			throw new IllegalStateException("./dev has no SERVICES table");
		}
		List<Service> services = new ArrayList<>();
		for (String line : table.group(1).split("\\n")) {
			String[] columns = line.trim().split("\\s+");
			if (columns.length == 3) {
				services.add(new Service(columns[0], Integer.parseInt(columns[1]), columns[2]));
			}
		}
		return services;
	}

	public static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JsonNode readJson(Path file) {
		return JSON.readTree(read(file));
	}

	/** A service: its name (artifactId and spring.application.name), port and module. */
	public record Service(String name, int port, String module) {

		/**
		 * The executable jar {@code package} builds, the one ./dev and the images run.
		 */
		public Path jar() {
			return root().resolve(module).resolve("target").resolve(name + "-" + version() + ".jar");
		}

	}

}
