package com.digitalbank.agent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.digitalbank.agent.assistant.ServiceStubs;
import com.digitalbank.agent.builder.ScriptedModel;
import com.digitalbank.platform.test.WithLocalStack;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port against the local AWS stack, with the offline model
 * and {@link ScriptedModel}'s scripted answers for the projects named for them, and
 * {@link ServiceStubs} playing banking, crm and the marketplace for the assistant. Every
 * integration test uses exactly this, so Spring starts the service once for the suite;
 * tests stay apart by using users of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ ScriptedModel.class, ServiceStubs.class })
public @interface AgentIntegrationTest {

}
