package com.digitalbank.agent.builder.persistence;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.digitalbank.agent.builder.BuilderProperties;
import com.digitalbank.agent.builder.ProjectId;
import com.digitalbank.agent.builder.ProjectPath;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The artifacts bucket, laid out as the seed's: {@code projects/id/} (large files),
 * {@code plans/id/}, {@code test_results/id/} and {@code deployments/id/}. Every key is
 * made here from a project id and a checked path or a number, never from raw input.
 */
@Component
public class ArtifactStore {

	private final S3Client s3;

	private final S3Presigner presigner;

	private final String bucket;

	ArtifactStore(S3Client s3, S3Presigner presigner, BuilderProperties properties) {
		this.s3 = s3;
		this.presigner = presigner;
		this.bucket = properties.bucket();
	}

	/**
	 * Keyed by content too, so a redelivered write never overwrites what a newer one
	 * wrote.
	 */
	String putLargeFile(ProjectId id, ProjectPath path, String sha256, byte[] content) {
		String key = "projects/" + id.value() + "/files/" + sha256.substring(0, 16) + "/" + path.value();
		put(key, content, "text/plain; charset=utf-8");
		return key;
	}

	String readLargeFile(String key) {
		return s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
	}

	public void putPlanBackup(ProjectId id, int revision, String json) {
		put("plans/" + id.value() + "/r" + revision + ".json", json.getBytes(StandardCharsets.UTF_8),
				"application/json");
	}

	public void putReport(ProjectId id, int revision, int attempt, String json) {
		put("test_results/" + id.value() + "/r" + revision + "-a" + attempt + ".json",
				json.getBytes(StandardCharsets.UTF_8), "application/json");
	}

	/** Puts a revision's package and answers its key. */
	public String putPackage(ProjectId id, int revision, String fileName, byte[] zip) {
		String key = packageKey(id, revision, fileName);
		put(key, zip, "application/zip");
		return key;
	}

	public static String packageKey(ProjectId id, int revision, String fileName) {
		return "deployments/" + id.value() + "/r" + revision + "/" + fileName;
	}

	/** A plain GET link that works for {@code validity} without credentials. */
	public URI downloadLink(String key, Duration validity) {
		return URI.create(presigner
			.presignGetObject(
					presign -> presign.signatureDuration(validity).getObjectRequest(get -> get.bucket(bucket).key(key)))
			.url()
			.toString());
	}

	/** Deletes everything the project left in the bucket. */
	public void deleteAll(ProjectId id) {
		for (String prefix : new String[] { "projects/", "plans/", "test_results/", "deployments/" }) {
			String projectPrefix = prefix + id.value() + "/";
			s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(projectPrefix)).forEach(page -> {
				if (!page.contents().isEmpty()) {
					s3.deleteObjects(delete -> delete.bucket(bucket)
						.delete(objects -> objects.objects(page.contents()
							.stream()
							.map(S3Object::key)
							.map(key -> ObjectIdentifier.builder().key(key).build())
							.toList())));
				}
			});
		}
	}

	private void put(String key, byte[] content, String contentType) {
		s3.putObject(put -> put.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content));
	}

}
