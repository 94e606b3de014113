package com.digitalbank.agent.builder;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The builder's resources and limits.
 *
 * @param table the single table: projects, their files, plans, reports and events
 * @param bucket large files, plan backups, QA reports and packages
 * @param maxQaAttempts QA runs per revision; a revision still failing after the last one
 * fails the project
 * @param inlineFileLimit bytes up to which a file's content stays in its item; larger
 * files go to S3 (DynamoDB items hold at most 400 KB)
 * @param maxFilesPerAnswer files one model answer may write
 * @param downloadValidity how long a presigned download link works
 * @param progressPollInterval how often an event stream looks for new events
 * @param progressTimeout how long an event stream stays open
 */
@Validated
@ConfigurationProperties("agent.builder")
public record BuilderProperties(@NotBlank String table, @NotBlank String bucket, @Valid @NotNull Queues queues,
		@DefaultValue("3") @Min(1) @Max(10) int maxQaAttempts,
		@DefaultValue("65536") @Min(1024) @Max(300000) int inlineFileLimit,
		@DefaultValue("80") @Min(1) @Max(90) int maxFilesPerAnswer, @DefaultValue("15m") Duration downloadValidity,
		@DefaultValue("500ms") Duration progressPollInterval, @DefaultValue("10m") Duration progressTimeout) {

	/**
	 * Each agent's queue and the visibility timeout sized for its slowest step (a model
	 * call for PM and Dev, compiling for QA, zipping for Ops).
	 */
	public record Queues(@NotBlank String pm, @NotBlank String dev, @NotBlank String qa, @NotBlank String ops,
			@DefaultValue("180s") Duration pmVisibilityTimeout, @DefaultValue("300s") Duration devVisibilityTimeout,
			@DefaultValue("120s") Duration qaVisibilityTimeout, @DefaultValue("120s") Duration opsVisibilityTimeout) {

	}

}
