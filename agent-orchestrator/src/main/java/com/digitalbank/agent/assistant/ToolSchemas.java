package com.digitalbank.agent.assistant;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.metadata.ToolMetadata;
import org.springframework.ai.tool.method.MethodToolCallback;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link Tool} methods of an object as tool callbacks, with input schemas written
 * here from the parameters' types and {@link ToolParam}s. Spring AI's own schema
 * generator needs victools' jsonschema-generator 5 (Jackson 3), while the platform's
 * AsyncAPI documents pin 4.38 (Jackson 2): this keeps the two apart. The tools'
 * parameters are strings, integers and decimals only.
 */
public final class ToolSchemas {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ToolSchemas() {
	}

	public static List<ToolCallback> callbacks(Object tools) {
		List<ToolCallback> callbacks = new ArrayList<>();
		Arrays.stream(tools.getClass().getMethods())
			.filter(method -> method.isAnnotationPresent(Tool.class))
			.sorted((a, b) -> a.getName().compareTo(b.getName()))
			.forEach(method -> callbacks.add(MethodToolCallback.builder()
				.toolDefinition(definition(method))
				.toolMetadata(ToolMetadata.builder().build())
				.toolMethod(method)
				.toolObject(tools)
				.build()));
		return callbacks;
	}

	static ToolDefinition definition(Method method) {
		Tool tool = method.getAnnotation(Tool.class);
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		for (Parameter parameter : method.getParameters()) {
			ToolParam param = parameter.getAnnotation(ToolParam.class);
			Map<String, Object> property = new LinkedHashMap<>();
			property.put("type", type(parameter.getType()));
			if (param != null && !param.description().isBlank()) {
				property.put("description", param.description());
			}
			properties.put(parameter.getName(), property);
			if (param == null || param.required()) {
				required.add(parameter.getName());
			}
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("type", "object");
		schema.put("properties", properties);
		schema.put("required", required);
		schema.put("additionalProperties", false);
		return ToolDefinition.builder()
			.name(tool.name().isBlank() ? method.getName() : tool.name())
			.description(tool.description())
			.inputSchema(JSON.writeValueAsString(schema))
			.build();
	}

	private static String type(Class<?> type) {
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "integer";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		return "string";
	}

}
