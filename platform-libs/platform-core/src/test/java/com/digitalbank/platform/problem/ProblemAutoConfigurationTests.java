package com.digitalbank.platform.problem;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ProblemAutoConfiguration.class));

	@Test
	void answersEveryFailureAsProblemJson() {
		runner.run(context -> {
			assertThat(context).hasSingleBean(ProblemExceptionHandler.class)
				.hasSingleBean(ProblemResponseWriter.class)
				.getBean(ErrorController.class)
				.isInstanceOf(ProblemErrorController.class);
			assertThat(context.getBean("requestSizeLimitFilter", FilterRegistrationBean.class).getFilter())
				.isInstanceOf(RequestSizeLimitFilter.class);
		});
	}

	@Test
	void aServicesOwnBeansWin() {
		ProblemExceptionHandler handler = new ProblemExceptionHandler();
		ErrorController errors = new ErrorController() {
		};
		ProblemResponseWriter writer = new ProblemResponseWriter(JsonMapper.builder().build());
		FilterRegistrationBean<?> sizeLimit = new FilterRegistrationBean<>();

		runner.withBean(ProblemExceptionHandler.class, () -> handler)
			.withBean(ErrorController.class, () -> errors)
			.withBean(ProblemResponseWriter.class, () -> writer)
			.withBean("requestSizeLimitFilter", FilterRegistrationBean.class, () -> sizeLimit)
			.run(context -> {
				assertThat(context).getBean(ProblemExceptionHandler.class).isSameAs(handler);
				assertThat(context).getBean(ErrorController.class).isSameAs(errors);
				assertThat(context).getBean(ProblemResponseWriter.class).isSameAs(writer);
				assertThat(context.getBean("requestSizeLimitFilter")).isSameAs(sizeLimit);
			});
	}

	@Test
	void propertySwitchesItOffButKeepsTheWriterOthersUse() {
		runner.withPropertyValues("platform.problem.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(ProblemExceptionHandler.class)
				.doesNotHaveBean(ProblemErrorController.class)
				.doesNotHaveBean("requestSizeLimitFilter")
				.hasSingleBean(ProblemResponseWriter.class));
	}

}
