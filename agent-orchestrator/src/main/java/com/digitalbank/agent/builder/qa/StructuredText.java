package com.digitalbank.agent.builder.qa;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.digitalbank.agent.builder.FileContent;
import com.digitalbank.agent.builder.QaReport.QaFailure;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the files that must parse: JSON, YAML (composed only: no object is built), XML
 * (no DTDs, so no external entities) and HTML (elements nest).
 */
final class StructuredText {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private StructuredText() {
	}

	static List<CheckResult> check(List<FileContent> files) {
		return List.of(check("json-syntax", files, ".json", StructuredText::json),
				check("yaml-syntax", files, ".yml", StructuredText::yaml),
				check("xml-syntax", files, ".xml", StructuredText::xml),
				check("html-structure", files, ".html", HtmlStructure::problem));
	}

	private static CheckResult check(String name, List<FileContent> files, String suffix,
			Function<String, Optional<String>> problem) {
		List<FileContent> matching = files.stream()
			.filter(file -> file.path().endsWith(suffix) || (suffix.equals(".yml") && file.path().endsWith(".yaml")))
			.toList();
		List<QaFailure> failures = new ArrayList<>();
		for (FileContent file : matching) {
			problem.apply(file.content())
				.ifPresent(message -> failures.add(new QaFailure(file.path().value(), 0, name, message)));
		}
		return CheckResult.of(name, matching.size(), failures);
	}

	private static Optional<String> json(String content) {
		try {
			JSON.readTree(content);
			return Optional.empty();
		}
		catch (JacksonException ex) {
			return Optional.of(firstLine(ex.getOriginalMessage()));
		}
	}

	private static Optional<String> yaml(String content) {
		try {
			// Composed, not constructed: the syntax is checked, no object is built, and
			// application tags such as CloudFormation's !GetAtt are not errors.
			new Yaml(new SafeConstructor(new LoaderOptions())).composeAll(new StringReader(content))
				.forEach(document -> {
				});
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.of(firstLine(ex.getMessage()));
		}
	}

	private static Optional<String> xml(String content) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setNamespaceAware(true);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			builder.parse(new InputSource(new StringReader(content)));
			return Optional.empty();
		}
		catch (Exception ex) {
			return Optional.of(firstLine(ex.getMessage()));
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "does not parse";
		}
		String line = message.lines().findFirst().orElse(message);
		return line.length() > 300 ? line.substring(0, 300) : line;
	}

}
