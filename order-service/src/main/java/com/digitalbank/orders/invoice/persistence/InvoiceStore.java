package com.digitalbank.orders.invoice.persistence;

import java.net.URI;
import java.time.Duration;

import com.digitalbank.orders.invoice.InvoiceProperties;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Stores invoice PDFs in the invoices bucket and signs download links for them. */
@Component
public class InvoiceStore {

	private final S3Client s3;

	private final S3Presigner presigner;

	private final String bucket;

	InvoiceStore(S3Client s3, S3Presigner presigner, InvoiceProperties properties) {
		this.s3 = s3;
		this.presigner = presigner;
		this.bucket = properties.bucket();
	}

	public boolean exists(String key) {
		try {
			s3.headObject(head -> head.bucket(bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	public void put(String key, byte[] pdf, String orderNumber) {
		s3.putObject(put -> put.bucket(bucket)
			.key(key)
			.contentType("application/pdf")
			.contentDisposition("inline; filename=\"" + orderNumber + ".pdf\""), RequestBody.fromBytes(pdf));
	}

	/** A plain HTTPS GET link that works for {@code validity} without any credentials. */
	public URI downloadLink(String key, Duration validity) {
		return URI.create(presigner
			.presignGetObject(
					presign -> presign.signatureDuration(validity).getObjectRequest(get -> get.bucket(bucket).key(key)))
			.url()
			.toString());
	}

}
