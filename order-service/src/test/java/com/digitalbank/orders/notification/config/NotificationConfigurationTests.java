package com.digitalbank.orders.notification.config;

import java.time.Duration;
import java.util.List;

import com.digitalbank.orders.notification.MailProperties;
import com.digitalbank.orders.order.PipelineProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NotificationConfigurationTests {

	private static final PipelineProperties PIPELINE = new PipelineProperties(Duration.ofSeconds(30),
			Duration.ofSeconds(120), Duration.ofSeconds(60), new PipelineProperties.Queues("c", "i", "n", "m"));

	@Test
	void declaresAMailQueueWhoseMessagesComeBackAfterTheClaimsExpired() {
		assertThat(NotificationConfiguration.mailQueue("m", PIPELINE, mail(Duration.ofSeconds(45))).visibilityTimeout())
			.isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void refusesAClaimThatOutlivesTheVisibilityTimeout() {
		assertThatIllegalStateException()
			.isThrownBy(() -> NotificationConfiguration.mailQueue("m", PIPELINE, mail(Duration.ofMinutes(5))))
			.withMessageContaining("orders.mail.claim-timeout");
		assertThatIllegalStateException()
			.isThrownBy(() -> NotificationConfiguration.mailQueue("m", PIPELINE, mail(Duration.ofSeconds(60))));
	}

	private static MailProperties mail(Duration claimTimeout) {
		return new MailProperties("orders@example.com", List.of("team@example.com"), "templates", Duration.ZERO,
				claimTimeout, "subject", "subject");
	}

}
