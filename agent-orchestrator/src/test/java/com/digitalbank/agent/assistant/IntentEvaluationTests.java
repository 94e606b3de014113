package com.digitalbank.agent.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline model against its evaluation set ({@code assistant/utterances.tsv}): at
 * least 95% of the utterances read with exactly the expected intent and slots. The misses
 * are printed, so a change that loses some says which.
 */
class IntentEvaluationTests {

	record Utterance(String text, String intent, String slots) {
	}

	@Test
	void readsAtLeastNinetyFivePercentOfTheEvaluationSetExactly() throws IOException {
		List<Utterance> utterances = utterances();
		List<String> misses = new ArrayList<>();
		for (Utterance utterance : utterances) {
			Understanding read = IntentReader.read(utterance.text());
			if (!read.intent().name().equals(utterance.intent()) || !read.slotText().equals(utterance.slots())) {
				misses.add("  %s -> %s [%s], expected %s [%s]".formatted(utterance.text(), read.intent(),
						read.slotText(), utterance.intent(), utterance.slots()));
			}
		}
		double exact = 100.0 * (utterances.size() - misses.size()) / utterances.size();
		System.out.printf("Offline model: %d of %d utterances exact (%.1f%%)%n", utterances.size() - misses.size(),
				utterances.size(), exact);
		misses.forEach(System.out::println);

		assertThat(utterances).hasSizeGreaterThanOrEqualTo(200);
		assertThat(exact).as("exact readings, misses:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(95.0);
	}

	@Test
	void readsTheLanguageOfTheMessage() {
		assertThat(IntentReader.read("¿cuánto tengo?").spanish()).isTrue();
		assertThat(IntentReader.read("pásale mil pesos al casero").spanish()).isTrue();
		assertThat(IntentReader.read("what's my balance").spanish()).isFalse();
		assertThat(IntentReader.read("transfer $1,200.50 to my brother").spanish()).isFalse();
	}

	static List<Utterance> utterances() throws IOException {
		try (InputStream in = IntentEvaluationTests.class.getResourceAsStream("/assistant/utterances.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t", -1))
				.map(fields -> new Utterance(fields[0], fields[1], fields.length > 2 ? fields[2] : ""))
				.toList();
		}
	}

}
