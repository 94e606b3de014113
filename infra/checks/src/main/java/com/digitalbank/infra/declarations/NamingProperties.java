package com.digitalbank.infra.declarations;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Which configuration properties hold which values, read from the bound
 * {@code @ConfigurationProperties} beans that exist (defaults from {@code @DefaultValue}
 * included, which no property source shows), so a declared name can be traced back to the
 * property an environment sets to rename it.
 */
final class NamingProperties {

	private static final int MAX_DEPTH = 4;

	private final Map<String, List<String>> keysByValue;

	private NamingProperties(Map<String, List<String>> keysByValue) {
		this.keysByValue = keysByValue;
	}

	static NamingProperties of(ConfigurableApplicationContext context) {
		Map<String, List<String>> keysByValue = new TreeMap<>();
		for (String name : context.getBeanFactory().getSingletonNames()) {
			Object bean = context.getBeanFactory().getSingleton(name);
			ConfigurationPropertiesBean properties = (bean != null)
					? ConfigurationPropertiesBean.get(context, bean, name) : null;
			if (properties != null && !properties.getAnnotation().prefix().isEmpty()) {
				walk(properties.getAnnotation().prefix(), bean, keysByValue, 0);
			}
		}
		keysByValue.values().forEach(keys -> keys.sort(null));
		return new NamingProperties(keysByValue);
	}

	/** The properties whose value is {@code name}; empty when nothing configures it. */
	List<String> naming(String name) {
		return List.copyOf(keysByValue.getOrDefault(name, List.of()).stream().distinct().toList());
	}

	private static void walk(String key, Object value, Map<String, List<String>> keysByValue, int depth) {
		if (value instanceof String text) {
			keysByValue.computeIfAbsent(text, ignored -> new ArrayList<>()).add(key);
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((entry, child) -> walk(key + "." + entry, child, keysByValue, depth + 1));
		}
		else if (value != null && depth < MAX_DEPTH && value.getClass().getName().startsWith("com.digitalbank.")) {
			children(value).forEach((child, childValue) -> walk(key + "." + child, childValue, keysByValue, depth + 1));
		}
	}

	private static Map<String, Object> children(Object value) {
		Map<String, Object> children = new TreeMap<>();
		if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					children.put(DataObjectPropertyName.toDashedForm(component.getName()),
							component.getAccessor().invoke(value));
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		else {
			BeanWrapperImpl wrapper = new BeanWrapperImpl(value);
			for (var descriptor : BeanUtils.getPropertyDescriptors(value.getClass())) {
				if (descriptor.getReadMethod() != null && !"class".equals(descriptor.getName())) {
					children.put(DataObjectPropertyName.toDashedForm(descriptor.getName()),
							wrapper.getPropertyValue(descriptor.getName()));
				}
			}
		}
		return children;
	}

}
