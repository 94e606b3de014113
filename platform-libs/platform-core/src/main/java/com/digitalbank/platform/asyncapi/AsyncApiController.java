package com.digitalbank.platform.asyncapi;

import java.util.function.Supplier;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.asyncapi.v3._0_0.model.info.Info;
import com.digitalbank.platform.resources.QueueDeclaration;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the document at {@value #PATH}, built on the first request (the declarations do
 * not change while the service runs, and start-up stays as fast as before). The AsyncAPI
 * model is annotated for Jackson 2, so Jackson 2 writes it; the service's own JSON stays
 * Jackson 3.
 */
@RestController
@Hidden
class AsyncApiController {

	static final String PATH = "/asyncapi";

	/**
	 * A static page (in this jar's {@code META-INF/resources}) that renders the document.
	 */
	static final String PAGE = "/asyncapi.html";

	static final String DEFAULT_DESCRIPTION = "The SQS queues this service reads and writes, and the messages on "
			+ "them. Every event travels in the platform's envelope {version, eventId, eventType, correlationId, "
			+ "timestamp, source, userId?, tenantId?, data}, with the plain-string message attributes correlationId "
			+ "and eventType. Every queue declared here has a dead-letter queue, documented as its own channel.";

	private final Supplier<String> json;

	AsyncApiController(AsyncApiProperties properties, String applicationName, ObjectProvider<QueueDeclaration> queues,
			ObjectProvider<MessageDeclaration> messages) {
		ObjectMapper mapper = JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();
		Info info = Info.builder()
			.title(properties.title().isBlank() ? applicationName : properties.title())
			.version(properties.version())
			.description(properties.description().isBlank() ? DEFAULT_DESCRIPTION : properties.description())
			.build();
		this.json = SingletonSupplier.of(() -> render(mapper, new AsyncApiDocumentBuilder(mapper).build(info,
				queues.orderedStream().toList(), messages.orderedStream().toList())));
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	String document() {
		return json.get();
	}

	private static String render(ObjectMapper mapper, AsyncAPI document) {
		try {
			return mapper.writeValueAsString(document);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The AsyncAPI document could not be written", ex);
		}
	}

}
