package com.digitalbank.orders.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A JFR recording (the JDK's "profile" settings) of one stretch of the benchmark, or
 * nothing when profiling is off. Read it with {@code jfr print --events
 * jdk.ExecutionSample} or JDK Mission Control.
 */
final class Profile {

	private final Recording recording;

	private Profile(Recording recording) {
		this.recording = recording;
	}

	static Profile startIf(boolean enabled) throws IOException, ParseException {
		if (!enabled) {
			return new Profile(null);
		}
		Recording recording = new Recording(Configuration.getConfiguration("profile"));
		recording.start();
		return new Profile(recording);
	}

	void stop(Path file) throws IOException {
		if (recording != null) {
			recording.stop();
			Files.createDirectories(file.getParent());
			recording.dump(file);
			recording.close();
		}
	}

}
