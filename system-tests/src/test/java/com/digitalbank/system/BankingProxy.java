package com.digitalbank.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands between the marketplace and banking, on a port of its own, to make banking fail
 * the ways a network does: gone (the port closed), or answering into the void (the
 * request forwarded and carried out, the reply dropped).
 */
final class BankingProxy implements AutoCloseable {

	private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
			"upgrade", "keep-alive", "expect");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final int port;

	private final String banking;

	private volatile HttpServer server;

	/** Replies to payment requests left to drop; each forwarded request uses one. */
	private final AtomicInteger paymentRepliesToDrop = new AtomicInteger();

	private final AtomicInteger paymentRequests = new AtomicInteger();

	BankingProxy(String banking) {
		this.port = ServiceProcess.freePort();
		this.banking = banking;
		open();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** Connections are refused until {@link #open()}. */
	synchronized void closePort() {
		if (server != null) {
			server.stop(0);
			server = null;
		}
	}

	synchronized void open() {
		if (server != null) {
			return;
		}
		try {
			HttpServer opened = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
			opened.createContext("/", this::forward);
			opened.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
			opened.start();
			server = opened;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not open the proxy on " + port, ex);
		}
	}

	/**
	 * The next {@code count} payments reach banking but their replies never come back.
	 */
	void dropPaymentReplies(int count) {
		paymentRepliesToDrop.set(count);
	}

	int paymentRequests() {
		return paymentRequests.get();
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			byte[] content = body.readAllBytes();
			String path = exchange.getRequestURI().toString();
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(banking + path))
				.timeout(Duration.ofSeconds(10))
				.method(exchange.getRequestMethod(), content.length == 0 ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofByteArray(content));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase())) {
					values.forEach(value -> request.header(name, value));
				}
			});
			boolean payment = "POST".equals(exchange.getRequestMethod()) && path.equals("/v1/payments");
			if (payment) {
				paymentRequests.incrementAndGet();
			}
			HttpResponse<byte[]> response;
			try {
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException | InterruptedException ex) {
				return;
			}
			if (payment && paymentRepliesToDrop.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
				// Banking did it; the marketplace never hears: the connection just ends.
				return;
			}
			response.headers().map().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
					exchange.getResponseHeaders().put(name, List.copyOf(values));
				}
			});
			exchange.sendResponseHeaders(response.statusCode(),
					response.body().length == 0 ? -1 : response.body().length);
			exchange.getResponseBody().write(response.body());
		}
	}

	@Override
	public void close() {
		closePort();
	}

}
