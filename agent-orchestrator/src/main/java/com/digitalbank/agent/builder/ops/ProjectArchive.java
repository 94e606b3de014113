package com.digitalbank.agent.builder.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.digitalbank.agent.builder.FileContent;

/**
 * The project as a zip: every file once, under one top folder named after the project, in
 * path order, with one timestamp, so the same files always make the same bytes. Entries
 * are plain files: a zip made here never holds a link or a path outside its folder.
 */
final class ProjectArchive {

	private ProjectArchive() {
	}

	static byte[] zip(String folder, Collection<FileContent> files, Instant at) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (FileContent file : files.stream().sorted(Comparator.comparing(f -> f.path().value())).toList()) {
				ZipEntry entry = new ZipEntry(folder + "/" + file.path().value());
				entry.setLastModifiedTime(FileTime.from(at));
				zip.putNextEntry(entry);
				zip.write(file.content().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
