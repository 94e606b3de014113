package com.digitalbank.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * The ports the stack listens on. {@link #defaults()} are the documented ones that
 * {@code ./dev} uses; {@link #free()} picks unused ports so that tests never clash with a
 * running dev stack.
 */
public record LocalStackPorts(int dynamoDb, int sqs, int s3, int smtp, int identity) {

	public static LocalStackPorts defaults() {
		return new LocalStackPorts(8000, 9324, 9090, 3025, 9999);
	}

	/**
	 * Five distinct unused ports: each socket stays open until all are chosen, or the
	 * system may hand the same port out twice. Another process can still take one before
	 * the stack binds it; the caller retries with new ports then.
	 */
	public static LocalStackPorts free() {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < 5; i++) {
				sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
			}
			return new LocalStackPorts(sockets.get(0).getLocalPort(), sockets.get(1).getLocalPort(),
					sockets.get(2).getLocalPort(), sockets.get(3).getLocalPort(), sockets.get(4).getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on loopback", ex);
		}
		finally {
			sockets.forEach(LocalStackPorts::close);
		}
	}

	private static void close(ServerSocket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closing a listening socket that accepted nothing does not fail in practice.
		}
	}
}
