package com.digitalbank.platform.security;

import java.util.List;

/**
 * Paths a mechanism serves without a token (the OpenAPI document and Swagger UI, for
 * example). Every bean of this type is opened, so the mechanism that serves a page says
 * so itself and security does not need to know it.
 */
public record PublicPaths(List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
	}

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}

}
