package com.digitalbank.infra.declarations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * What differs between the resources the services declare in code and the file Terraform
 * reads, one sentence per difference naming the service, the kind, the resource and the
 * field, so a stale file says what to look at.
 */
final class ResourceDifferences {

	private static final Map<String, String> KINDS = Map.of("tables", "table", "queues", "queue", "buckets", "bucket");

	private ResourceDifferences() {
	}

	/** Both documents are {@code {"service_resources": {<service>: {...}}}}. */
	static List<String> between(JsonNode code, JsonNode file) {
		List<String> differences = new ArrayList<>();
		JsonNode declared = code.path("service_resources");
		JsonNode written = file.path("service_resources");
		for (String service : union(declared, written)) {
			if (!written.has(service)) {
				differences.add(service + ": declared in code, missing from the file");
			}
			else if (!declared.has(service)) {
				differences.add(service + ": in the file, but no such service in ./dev's table");
			}
			else {
				compareService(service, declared.get(service), written.get(service), differences);
			}
		}
		return differences;
	}

	private static void compareService(String service, JsonNode code, JsonNode file, List<String> differences) {
		for (String kind : new TreeSet<>(KINDS.keySet())) {
			JsonNode inCode = code.path(kind);
			JsonNode inFile = file.path(kind);
			for (String name : union(inCode, inFile)) {
				String what = service + ": " + KINDS.get(kind) + " " + name;
				if (!inFile.has(name)) {
					differences.add(what + " is declared in code, missing from the file");
				}
				else if (!inCode.has(name)) {
					differences.add(what + " is in the file, but the code no longer declares it");
				}
				else {
					compareFields(what, "", inCode.get(name), inFile.get(name), differences);
				}
			}
		}
	}

	private static void compareFields(String what, String path, JsonNode code, JsonNode file,
			List<String> differences) {
		if (code.isObject() && file.isObject()) {
			for (String field : union(code, file)) {
				compareFields(what, path.isEmpty() ? field : path + "." + field, code.path(field), file.path(field),
						differences);
			}
		}
		else if (!code.equals(file)) {
			differences.add(what + ": " + path + " is " + shown(code) + " in code, " + shown(file) + " in the file");
		}
	}

	private static String shown(JsonNode value) {
		return value.isMissingNode() ? "absent" : value.toString();
	}

	private static Set<String> union(JsonNode first, JsonNode second) {
		Set<String> names = new TreeSet<>(first.propertyNames());
		names.addAll(second.propertyNames());
		return names;
	}

}
