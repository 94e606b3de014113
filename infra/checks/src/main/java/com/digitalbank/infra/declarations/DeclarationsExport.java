package com.digitalbank.infra.declarations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.LifecycleProcessor;
import org.springframework.context.event.ContextRefreshedEvent;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the tables, queues and buckets a service declares, as it declares them when it
 * runs in AWS, to a JSON file that Terraform's variables are generated from.
 * <p>
 * It runs inside the service's own executable jar (through Spring Boot's
 * {@code PropertiesLauncher}), so the declarations come from the service's code and
 * configuration as shipped: its application class is started with no web server, with
 * every bean lazy and no lifecycle bean started (no listener polls, no relay runs), and
 * the JVM stops as soon as the context is refreshed, before any runner. Only the
 * declarations, the configuration properties that name them and the listeners' queues are
 * created.
 * <p>
 * Arguments: the application class, the output file, then {@code --key=value} properties
 * the service runs with in AWS (see {@code infra/deployment.auto.tfvars.json}).
 */
public final class DeclarationsExport {

	private static final List<String> QUIET_START = List.of("--spring.main.lazy-initialization=true",
			"--spring.main.banner-mode=off", "--platform.resources.enabled=false", "--logging.level.root=WARN",
			"--spring.cloud.aws.region.static=us-east-1");

	private DeclarationsExport() {
	}

	public static void main(String[] args) throws ClassNotFoundException {
		Class<?> application = Class.forName(args[0]);
		Path output = Path.of(args[1]);
		List<String> properties = new ArrayList<>(QUIET_START);
		properties.addAll(Arrays.asList(args).subList(2, args.length));
		SpringApplication spring = new SpringApplication(application);
		// A servlet application, as deployed (declarations conditional on it appear), in
		// a
		// context that creates no web server.
		spring.setWebApplicationType(WebApplicationType.SERVLET);
		spring.setApplicationContextFactory(type -> new AnnotationConfigServletWebApplicationContext());
		spring.addInitializers(context -> {
			context.getBeanFactory().registerSingleton("lifecycleProcessor", new NoLifecycle());
			context.addApplicationListener(event -> {
				if (event instanceof ContextRefreshedEvent refreshed && refreshed.getApplicationContext() == context) {
					write(context, output);
					// Not exit(): a shutdown hook closing the context would wait for this
					// refresh to end.
					Runtime.getRuntime().halt(0);
				}
			});
		});
		spring.run(properties.toArray(String[]::new));
		throw new IllegalStateException("The context of " + application.getName() + " was never refreshed");
	}

	private static void write(ConfigurableApplicationContext context, Path output) {
		try {
			Files.createDirectories(output.toAbsolutePath().getParent());
			JsonMapper.builder()
				.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
				.enable(SerializationFeature.INDENT_OUTPUT)
				.build()
				.writeValue(output.toFile(), ServiceDeclarations.of(context));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts nothing: the service must not poll queues or serve while it is read. */
	private static final class NoLifecycle implements LifecycleProcessor {

		@Override
		public void onRefresh() {
		}

		@Override
		public void onClose() {
		}

		@Override
		public void start() {
		}

		@Override
		public void stop() {
		}

		@Override
		public boolean isRunning() {
			return false;
		}

	}

}
