package org.secondopinion.reference;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import ca.uhn.fhir.rest.server.RestfulServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Runs the reference HAPI FHIR JPA server: {@code java -cp <classpath> org.secondopinion.reference.ReferenceFhirServer
 * --port 8090 [--batch-maintenance-seconds 60] [--terminology] [--subscription-submit-millis 5000]}; FHIR R4 at {@code http://127.0.0.1:<port>/fhir}, a fresh database each start. Prints
 * {@code reference-fhir-server ready} once {@code /fhir/metadata} can answer, and stops on SIGTERM.
 */
public final class ReferenceFhirServer {

	private ReferenceFhirServer() {
	}

	public static void main(String[] args) throws Exception {
		// not logback.xml: this module's jar is on other modules' test classpaths (for the build order), where a
		// logback.xml would replace their logging configuration
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "reference-fhir-server-logback.xml");
		}
		ServerOptions options = ServerOptions.parse(args);
		long started = System.nanoTime();
		System.setProperty(ReferenceServerConfig.MAINTENANCE_INTERVAL_PROPERTY,
				String.valueOf(options.batchMaintenanceSeconds() * 1000L));
		System.setProperty(ReferenceServerConfig.TERMINOLOGY_PROPERTY, String.valueOf(options.terminology()));
		System.setProperty(ReferenceServerConfig.SUBSCRIPTION_SUBMIT_PROPERTY, String.valueOf(options.subscriptionSubmitMillis()));
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(ReferenceServerConfig.class);
		RestfulServer fhir = context.getBean(RestfulServer.class);

		Server jetty = new Server();
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost(options.host());
		connector.setPort(options.port());
		jetty.addConnector(connector);
		ServletContextHandler handler = new ServletContextHandler();
		handler.setContextPath("/");
		handler.addServlet(new ServletHolder("fhir", fhir), "/fhir/*");
		jetty.setHandler(handler);
		jetty.start();

		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				jetty.stop();
			}
			catch (Exception ex) {
				// stopping anyway
			}
			context.close();
		}, "reference-fhir-server-shutdown"));

		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf("reference-fhir-server ready on http://%s:%d/fhir%s after %d ms (heap in use %d MB)%n",
				options.host(), options.port(), options.terminology() ? " (terminology server)" : "", Duration.ofNanos(System.nanoTime() - started).toMillis(),
				heap / (1024 * 1024));
		jetty.join();
	}

}
