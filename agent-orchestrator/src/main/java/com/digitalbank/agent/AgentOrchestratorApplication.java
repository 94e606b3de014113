package com.digitalbank.agent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The banking assistant and the AI project builder. */
@SpringBootApplication
public class AgentOrchestratorApplication {

	public static void main(String[] args) {
		SpringApplication.run(AgentOrchestratorApplication.class, args);
	}

}
