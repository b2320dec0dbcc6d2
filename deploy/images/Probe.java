import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container health check of our images, which have no shell and no curl: exits 0 when the URL answers 200.
 * Compiled into {@code /opt/probe} of each image; run as {@code java -cp /opt/probe Probe <url>}.
 */
public final class Probe {

	private Probe() {
	}

	public static void main(String[] args) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(4)).build();
		try {
			int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			System.exit(status == 200 ? 0 : 1);
		}
		catch (java.io.IOException ex) {
			System.err.println(args[0] + ": " + ex);
			System.exit(1);
		}
	}

}
