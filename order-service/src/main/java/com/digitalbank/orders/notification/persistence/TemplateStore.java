package com.digitalbank.orders.notification.persistence;

import java.util.Optional;

import com.digitalbank.orders.notification.MailProperties;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Reads e-mail templates from the templates bucket; a missing one is simply absent. */
@Component
public class TemplateStore {

	private final S3Client s3;

	private final String bucket;

	TemplateStore(S3Client s3, MailProperties properties) {
		this.s3 = s3;
		this.bucket = properties.templatesBucket();
	}

	public Optional<String> find(String key) {
		try {
			return Optional.of(s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asUtf8String());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
