package com.digitalbank.agent.assistant.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The chat page (static/chat) at /chat, public: it signs in with the user's token. */
@Configuration(proxyBeanMethods = false)
class ChatPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/chat").setViewName("forward:/chat/index.html");
		registry.addViewController("/chat/").setViewName("forward:/chat/index.html");
	}

}
