package com.digitalbank.platform.asyncapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.asyncapi.schemas.asyncapi.AsyncAPISchema;
import com.digitalbank.platform.messaging.EventEnvelope;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;

/**
 * JSON Schemas of the classes that travel in messages, generated from the classes
 * themselves, with every object type once under {@code components/schemas}. Records are
 * read by their fields, which are the names Jackson writes; java.time types, decimals and
 * enums become the strings and numbers they are on the wire. Use it once: ask for every
 * reference first, then collect the definitions, which also completes the references.
 */
final class PayloadSchemas {

	static final String COMPONENTS_PATH = "components/schemas";

	/** The envelope's fields that the publisher leaves out when an event has none. */
	private static final Set<String> OPTIONAL_ENVELOPE_FIELDS = Set.of("userId", "tenantId");

	private final ObjectMapper mapper;

	private final SchemaBuilder builder;

	private final Map<Class<?>, ObjectNode> references = new LinkedHashMap<>();

	PayloadSchemas(ObjectMapper mapper) {
		this.mapper = mapper;
		SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_7,
				OptionPreset.PLAIN_JSON)
			.with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS)
			.without(Option.SCHEMA_VERSION_INDICATOR);
		config.forFields()
			.withRequiredCheck(field -> field.getDeclaringType().getErasedType() == EventEnvelope.class
					&& !OPTIONAL_ENVELOPE_FIELDS.contains(field.getName()));
		config.forTypesInGeneral()
			.withDefinitionNamingStrategy(new EnvelopeNamedPlainly())
			// A record's components in their declared order, the order Jackson writes
			// them.
			.withPropertySorter((first, second) -> 0);
		this.builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
	}

	/**
	 * A reference to the class's schema; it points into {@code components/schemas} once
	 * {@link #definitions()} has run.
	 */
	ObjectNode reference(Class<?> type) {
		return references.computeIfAbsent(type, builder::createSchemaReference);
	}

	/** Every schema referenced so far, by name; call once, after the last reference. */
	Map<String, Object> definitions() {
		ObjectNode definitions = builder.collectDefinitions(COMPONENTS_PATH);
		Map<String, Object> schemas = new LinkedHashMap<>();
		definitions.properties().forEach(entry -> schemas.put(entry.getKey(), schema(entry.getValue())));
		return schemas;
	}

	/**
	 * The raw envelope is {@code EventEnvelope}, not {@code EventEnvelope(Object)}: each
	 * message states its own {@code data}.
	 */
	private static final class EnvelopeNamedPlainly extends DefaultSchemaDefinitionNamingStrategy {

		@Override
		public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
			return key.getType().getErasedType() == EventEnvelope.class ? EventEnvelope.class.getSimpleName()
					: super.getDefinitionNameForKey(key, context);
		}

	}

	/** A generated schema as the AsyncAPI model's type. */
	AsyncAPISchema schema(com.fasterxml.jackson.databind.JsonNode node) {
		return mapper.convertValue(node, AsyncAPISchema.class);
	}

}
