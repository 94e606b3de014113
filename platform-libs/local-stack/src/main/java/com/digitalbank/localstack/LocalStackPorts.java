package com.digitalbank.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The ports the stack listens on. {@link #defaults()} are the documented ones that
 * {@code ./dev} uses; {@link #free()} picks unused ports so that tests never clash with a
 * running dev stack.
 */
public record LocalStackPorts(int dynamoDb, int sqs, int s3, int smtp, int identity) {

	public static LocalStackPorts defaults() {
		return new LocalStackPorts(8000, 9324, 9090, 3025, 9999);
	}

	public static LocalStackPorts free() {
		return new LocalStackPorts(freePort(), freePort(), freePort(), freePort(), freePort());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on loopback", ex);
		}
	}
}
