package com.digitalbank.orders.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.digitalbank.orders.notification.persistence.TemplateStore;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Template sources: {@code emails/<name>.html|.txt} in the templates bucket, so the
 * wording can change without a release, else the defaults under {@code templates/emails/}
 * on the classpath. What was read is reused for a configurable time, so a burst of orders
 * does not read the bucket once per e-mail.
 */
@Component
class EmailTemplates {

	private final TemplateStore store;

	private final MailProperties properties;

	private final Clock clock;

	private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

	EmailTemplates(TemplateStore store, MailProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	String html(String name) {
		return source("emails/" + name + ".html");
	}

	String text(String name) {
		return source("emails/" + name + ".txt");
	}

	private String source(String path) {
		Instant now = clock.instant();
		Loaded loaded = cache.get(path);
		if (loaded == null || !now.isBefore(loaded.at().plus(properties.templateCacheTtl()))) {
			loaded = new Loaded(store.find(path).orElseGet(() -> classpath(path)), now);
			cache.put(path, loaded);
		}
		return loaded.source();
	}

	private static String classpath(String path) {
		ClassPathResource resource = new ClassPathResource("templates/" + path);
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No e-mail template " + path + " in the bucket or on the classpath", ex);
		}
	}

	private record Loaded(String source, Instant at) {
	}

}
