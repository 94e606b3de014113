package com.digitalbank.agent.builder.dev;

import java.util.List;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.UnsafePathException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileBlocksTests {

	@Test
	void readsFilesNamedByTheLineBeforeOrByTheFence() {
		List<FileContent> files = FileBlocks.extract("""
				Here are the files.

				=== FILE: pom.xml ===
				```xml
				<project/>
				```
				### `src/App.java`
				```java
				class App {}
				```
				```java:src/Other.java
				class Other {}
				```
				**README.md**
				````markdown
				# Title
				```
				mvn test
				```
				````
				And a snippet that is not a file:
				```
				ls -la
				```
				""");

		assertThat(files).extracting(file -> file.path().value())
			.containsExactly("pom.xml", "src/App.java", "src/Other.java", "README.md");
		assertThat(files.get(3).content()).isEqualTo("# Title\n```\nmvn test\n```\n");
		assertThat(files.get(1).content()).isEqualTo("class App {}\n");
	}

	@Test
	void aFileWrittenTwiceKeepsItsLastContent() {
		List<FileContent> files = FileBlocks
			.extract("=== FILE: a.txt ===\n```\none\n```\n=== FILE: a.txt ===\n```\ntwo\n```\n");

		assertThat(files).singleElement().extracting(FileContent::content).isEqualTo("two\n");
	}

	@Test
	void refusesEveryPathThatLeavesTheProject() {
		for (String path : List.of("../outside.txt", "src/../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini",
				"~/.ssh/id_rsa", "src//App.java", "src/./App.java", "\\\\host\\share\\x")) {
			assertThatExceptionOfType(UnsafePathException.class).as(path)
				.isThrownBy(() -> FileBlocks.extract("=== FILE: " + path + " ===\n```\nowned\n```\n"));
		}
		assertThatExceptionOfType(UnsafePathException.class)
			.isThrownBy(() -> FileBlocks.extract("```java ../Escape.java\nclass Escape {}\n```\n"));
	}

}
