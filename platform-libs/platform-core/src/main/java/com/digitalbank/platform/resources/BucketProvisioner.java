package com.digitalbank.platform.resources;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** Creates or checks the declared S3 buckets. */
class BucketProvisioner {

	private static final Logger log = LoggerFactory.getLogger(BucketProvisioner.class);

	private final S3Client s3;

	BucketProvisioner(S3Client s3) {
		this.s3 = s3;
	}

	void ensure(BucketDeclaration bucket, boolean createMissing) {
		try {
			s3.headBucket(request -> request.bucket(bucket.name()));
		}
		catch (NoSuchBucketException ex) {
			if (!createMissing) {
				throw new MissingResourceException("S3 bucket", bucket.name(), ex);
			}
			try {
				s3.createBucket(request -> request.bucket(bucket.name()));
				log.info("Created S3 bucket {}", bucket.name());
			}
			catch (BucketAlreadyOwnedByYouException raced) {
				// Another instance created it first.
			}
		}
	}

}
