package com.digitalbank.infra.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.digitalbank.infra.Repository;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public listener routes the services' APIs and documentation, and never
 * {@code /actuator}: operators reach the DLQ API on the internal load balancer inside the
 * VPC. Every pattern a public rule can match is checked against actuator paths with the
 * ALB's own wildcard rules ({@code *} any characters, {@code ?} one).
 */
class PublicRoutingTests {

	private static final List<String> ACTUATOR_PATHS = List.of("/actuator", "/actuator/", "/actuator/health",
			"/actuator/queues/order-invoice", "/actuator/prometheus");

	private final TerraformConfiguration terraform = TerraformConfiguration.parsed();

	@Test
	void noPublicRulePathPatternMatchesTheActuator() {
		List<String> routed = new ArrayList<>();
		for (String pattern : publicPathPatterns()) {
			for (String path : ACTUATOR_PATHS) {
				if (albPattern(pattern).matcher(path).matches()) {
					routed.add(pattern + " routes " + path);
				}
			}
		}
		assertThat(publicPathPatterns()).isNotEmpty();
		assertThat(routed).isEmpty();
	}

	@Test
	void everyPublicRuleMatchesItsServicesHostAndExplicitPaths() {
		Map<String, JsonNode> rules = terraform.resources("modules/service", "resource", "aws_lb_listener_rule");
		rules.forEach((name, rule) -> {
			if (rule.path("listener_arn").asString().equals("${var.public_listener_arn}")) {
				String conditions = rule.path("condition").toString();
				assertThat(conditions).as(name).contains("host_header", "${var.public_host}", "path_pattern");
			}
		});
		assertThat(rules).containsKeys("public_api", "public_documentation", "internal");
		assertThat(rules.get("internal").path("listener_arn").asString()).isEqualTo("${var.internal_listener_arn}");
	}

	@Test
	void thePublicListenerAnswersAnythingElseWithAFixed404() {
		JsonNode https = terraform.resources("modules/edge", "resource", "aws_lb_listener").get("https");
		assertThat(https.path("protocol").asString()).isEqualTo("HTTPS");
		assertThat(https.path("default_action").get(0).path("type").asString()).isEqualTo("fixed-response");
		assertThat(
				terraform.resources("modules/edge", "resource", "aws_lb").get("internal").path("internal").asBoolean())
			.isTrue();
	}

	@Test
	void healthChecksAskForReadiness() {
		terraform.resources("modules/service", "resource", "aws_lb_target_group")
			.forEach((name, group) -> assertThat(group.path("health_check").get(0).path("path").asString()).as(name)
				.isEqualTo("/actuator/health/readiness"));
	}

	@Test
	void wafLimitsTheRatePerClientIp() {
		JsonNode acl = terraform.resources("modules/edge", "resource", "aws_wafv2_web_acl").get("public");
		assertThat(acl.path("rule").toString()).contains("rate_based_statement", "\"aggregate_key_type\":\"IP\"");
		assertThat(terraform.resources("modules/edge", "resource", "aws_wafv2_web_acl_association"))
			.containsKey("public");
	}

	/**
	 * The documentation paths and every service's public paths from
	 * deployment.auto.tfvars.json.
	 */
	private List<String> publicPathPatterns() {
		List<String> patterns = new ArrayList<>();
		terraform.locals("modules/service").get("documentation_paths").forEach(path -> patterns.add(path.asString()));
		assertThat(terraform.locals("modules/service").get("public_path_groups").asString())
			.isEqualTo("${chunklist(var.public_paths, 4)}");
		assertThat(terraform.blocks(".", "module").get("service").path("public_paths").asString())
			.isEqualTo("${each.value.public_paths}");
		Repository.readJson(Repository.infra().resolve("deployment.auto.tfvars.json"))
			.path("services")
			.forEach(service -> service.path("public_paths").forEach(path -> patterns.add(path.asString())));
		return patterns;
	}

	private static Pattern albPattern(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (char character : pattern.toCharArray()) {
			regex.append(switch (character) {
				case '*' -> ".*";
				case '?' -> ".";
				default -> Pattern.quote(String.valueOf(character));
			});
		}
		return Pattern.compile(regex.toString());
	}

}
