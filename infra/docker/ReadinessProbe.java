import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The images' health check: exits 0 when the URL (by default this container's readiness
 * probe, on SERVER_PORT) answers 2xx, 1 otherwise. Java, because the JRE image has no curl.
 */
public class ReadinessProbe {

	public static void main(String[] args) throws InterruptedException {
		String url = (args.length > 0) ? args[0]
				: "http://127.0.0.1:" + System.getenv().getOrDefault("SERVER_PORT", "8080")
						+ "/actuator/health/readiness";
		try {
			HttpResponse<Void> response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(2))
				.build()
				.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
						HttpResponse.BodyHandlers.discarding());
			System.exit((response.statusCode() / 100 == 2) ? 0 : 1);
		}
		catch (java.io.IOException ex) {
			System.exit(1);
		}
	}

}
