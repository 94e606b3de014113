package com.digitalbank.benchmark.empty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Nothing but a web server and a readiness probe: the start-up baseline. */
@SpringBootApplication
public class EmptyWebApplication {

	public static void main(String[] args) {
		SpringApplication.run(EmptyWebApplication.class, args);
	}

}
