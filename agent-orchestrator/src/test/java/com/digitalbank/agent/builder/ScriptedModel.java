package com.digitalbank.agent.builder;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.digitalbank.agent.builder.offline.OfflineDeveloper;
import com.digitalbank.agent.model.OfflineSkill;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Scripted Dev answers for the failure tests, asked before the offline model's own
 * skills, for projects whose names say what to play: {@value #BROKEN} answers its first
 * task with an application class that does not compile (QA sends it back, the offline
 * developer fixes it), {@value #HOPELESS} never answers with one that compiles,
 * {@code Escape ...} names a file outside the project, and {@code Crash ...} throws on
 * its second task's first try, as an instance dying mid-step would leave it. Every other
 * project gets the offline model.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ScriptedModel {

	public static final String BROKEN = "Broken Shop";

	public static final String HOPELESS = "Hopeless Shop";

	/** Dev calls per project name. */
	public static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

	@Bean
	@Order(0)
	OfflineSkill scriptedDeveloper(AgentBriefs briefs, OfflineDeveloper developer) {
		return prompt -> briefs.read(prompt, AgentRole.DEV, DevBrief.class)
			.flatMap(brief -> scripted(brief, prompt, developer));
	}

	private static Optional<String> scripted(DevBrief brief, Prompt prompt, OfflineDeveloper developer) {
		String name = brief.projectName();
		int call = CALLS.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
		if ((name.equals(BROKEN) && call == 1) || name.equals(HOPELESS)) {
			return developer.answer(prompt).map(answer -> answer + brokenApplication(name));
		}
		if (name.startsWith("Escape")) {
			return Optional.of("=== FILE: ../../outside.txt ===\n```\nowned\n```\n");
		}
		if (name.startsWith("Unreachable")) {
			throw new IllegalStateException("Simulated provider outage");
		}
		if (name.startsWith("Crash") && call == 2) {
			throw new IllegalStateException("Simulated crash in the middle of Dev's second task");
		}
		return Optional.empty();
	}

	/** The application class of {@code name}'s project, one semicolon short. */
	private static String brokenApplication(String name) {
		String type = name.replace(" ", "");
		String pkg = type.toLowerCase(java.util.Locale.ROOT);
		return """
				=== FILE: src/main/java/com/example/%s/%sApplication.java ===
				```java
				package com.example.%s;

				public class %sApplication {

					public int answer() {
						return 42
					}

				}
				```
				""".formatted(pkg, type, pkg, type);
	}

}
