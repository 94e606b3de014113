package com.digitalbank.platform.resources;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Makes sure every declared resource exists once all beans are built and before any SQS
 * listener starts polling, so a listener never races its own queue into existence.
 */
class ResourceProvisioning implements SmartInitializingSingleton {

	private final ResourcesProperties properties;

	private final List<TableDeclaration> tables;

	private final List<QueueDeclaration> queues;

	private final List<BucketDeclaration> buckets;

	private final TableProvisioner tableProvisioner;

	private final QueueProvisioner queueProvisioner;

	private final BucketProvisioner bucketProvisioner;

	ResourceProvisioning(ResourcesProperties properties, List<TableDeclaration> tables, List<QueueDeclaration> queues,
			List<BucketDeclaration> buckets, TableProvisioner tableProvisioner, QueueProvisioner queueProvisioner,
			BucketProvisioner bucketProvisioner) {
		this.properties = properties;
		this.tables = tables;
		this.queues = queues;
		this.buckets = buckets;
		this.tableProvisioner = tableProvisioner;
		this.queueProvisioner = queueProvisioner;
		this.bucketProvisioner = bucketProvisioner;
	}

	@Override
	public void afterSingletonsInstantiated() {
		boolean create = properties.createMissing();
		tables.forEach(table -> tableProvisioner.ensure(table, create));
		queues.forEach(queue -> queueProvisioner.ensure(queue, create));
		if (!buckets.isEmpty()) {
			if (bucketProvisioner == null) {
				throw new IllegalStateException(
						"Buckets are declared but no S3 client is configured: add " + "spring-cloud-aws-starter-s3");
			}
			buckets.forEach(bucket -> bucketProvisioner.ensure(bucket, create));
		}
	}

}
