package com.digitalbank.agent.builder.persistence;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.platform.resources.BucketDeclaration;
import com.digitalbank.platform.resources.KeyAttribute;
import com.digitalbank.platform.resources.TableDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the projects table and the artifacts bucket: created under {@code local} and
 * in tests, checked at start-up elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class BuilderTables {

	@Bean
	TableDeclaration projectsTable(BuilderProperties properties) {
		return TableDeclaration
			.of(properties.table(), KeyAttribute.string(ProjectKeys.PK), KeyAttribute.string(ProjectKeys.SK))
			.withIndex(ProjectKeys.BY_USER_INDEX, KeyAttribute.string(ProjectKeys.GSI1PK),
					KeyAttribute.string(ProjectKeys.GSI1SK));
	}

	@Bean
	BucketDeclaration artifactsBucket(BuilderProperties properties) {
		return new BucketDeclaration(properties.bucket());
	}

}
