package com.digitalbank.platform.openapi;

import java.util.Optional;

import com.digitalbank.platform.security.ScopeRule;
import com.digitalbank.platform.security.SecurityProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

/**
 * Each operation names the scope its token needs, as the service declares it
 * ({@code platform.security.scopes}, first match wins, with the issuer's prefix): in the
 * extension {@code x-required-scope} and in its 403 response. A bearer scheme carries no
 * scopes in OpenAPI 3.0, so this is where a client reads them.
 */
public class RequiredScopes implements OpenApiCustomizer {

	static final String EXTENSION = "x-required-scope";

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final ObjectProvider<SecurityProperties> securityProperties;

	/**
	 * Read when the document is built: no scopes where the platform's security is off.
	 */
	public RequiredScopes(ObjectProvider<SecurityProperties> securityProperties) {
		this.securityProperties = securityProperties;
	}

	@Override
	public void customise(OpenAPI openApi) {
		SecurityProperties security = securityProperties.getIfAvailable();
		if (openApi.getPaths() == null || security == null) {
			return;
		}
		openApi.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> scopeOf(security, path, method)
					.ifPresent(scope -> document(operation, security.scopePrefix() + scope))));
	}

	private static Optional<String> scopeOf(SecurityProperties security, String path, PathItem.HttpMethod method) {
		return security.scopes()
			.stream()
			.filter(rule -> rule.method() == null || rule.method().equals(HttpMethod.valueOf(method.name())))
			.filter(rule -> rule.paths().stream().anyMatch(pattern -> PATHS.match(pattern, path)))
			.findFirst()
			.map(ScopeRule::scope);
	}

	private static void document(Operation operation, String scope) {
		operation.addExtension(EXTENSION, scope);
		ApiResponse forbidden = operation.getResponses().computeIfAbsent("403", code -> new ApiResponse());
		forbidden.setDescription(
				"INSUFFICIENT_SCOPE: the token lacks the scope " + scope + "; FORBIDDEN: the token may not do this");
	}

}
