package com.digitalbank.agent.builder.qa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlStructureTests {

	@Test
	void acceptsNestedElementsVoidElementsAndOptionalEndTags() {
		assertThat(HtmlStructure.problem("""
				<!DOCTYPE html>
				<html><head><meta charset="utf-8"><title>T</title>
				<script>if (a < b && c > d) { document.write("<p>"); }</script></head>
				<body><ul><li>one<li>two</ul><p>text<br/><img src="x.png" alt="a > b"></p><!-- <div> --></body></html>
				""")).isEmpty();
	}

	@Test
	void findsAnUnclosedOrMisnestedElement() {
		assertThat(HtmlStructure.problem("<html><body><div><span>x</div></body></html>"))
			.hasValue("</div> closes nothing open; <span> is still open");
		assertThat(HtmlStructure.problem("<html><body><main>x</body></html>")).isPresent();
		assertThat(HtmlStructure.problem("<div>")).hasValue("<div> is never closed");
		assertThat(HtmlStructure.problem("<p>a<br></br></p>")).hasValue("</br> closes a void element");
	}

}
