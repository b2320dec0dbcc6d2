package org.secondopinion.reference;

/**
 * The command line: {@code --port <port>} (default 8090), {@code --host <address>} (default 127.0.0.1) and
 * {@code --batch-maintenance-seconds <seconds>} (default HAPI's 60: how soon a queued export starts and moves on) and
 * {@code --terminology} (also a terminology server: Hibernate Search on, {@code ValueSet/$expand} served) and
 * {@code --subscription-submit-millis <ms>} (default HAPI's 5000: how often resource changes queued for subscription
 * matching are submitted, which bounds how soon a rest-hook notification leaves).
 */
record ServerOptions(String host, int port, int batchMaintenanceSeconds, boolean terminology, long subscriptionSubmitMillis) {

	/** HAPI's own pause between submissions of queued resource changes to subscription matching. */
	static final long DEFAULT_SUBSCRIPTION_SUBMIT_MILLIS = 5000;

	static final int DEFAULT_PORT = 8090;

	ServerOptions {
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("Invalid port " + port);
		}
	}

	static ServerOptions parse(String[] args) {
		String host = "127.0.0.1";
		int port = DEFAULT_PORT;
		int maintenance = 60;
		boolean terminology = false;
		long submitMillis = DEFAULT_SUBSCRIPTION_SUBMIT_MILLIS;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (value == null && (name.equals("--port") || name.equals("--host")
					|| name.equals("--batch-maintenance-seconds") || name.equals("--subscription-submit-millis"))) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				value = args[++i];
			}
			switch (name) {
				case "--port" -> port = Integer.parseInt(value);
				case "--host" -> host = value;
				case "--batch-maintenance-seconds" -> maintenance = Integer.parseInt(value);
				case "--terminology" -> terminology = true;
				case "--subscription-submit-millis" -> submitMillis = Long.parseLong(value);
				default -> throw new IllegalArgumentException(
						"Unknown option " + arg + "; usage: ReferenceFhirServer [--port <port>] [--host <address>]"
								+ " [--batch-maintenance-seconds <seconds>] [--terminology] [--subscription-submit-millis <ms>]");
			}
		}
		if (maintenance < 1) {
			throw new IllegalArgumentException("--batch-maintenance-seconds must be at least 1");
		}
		if (submitMillis < 100) {
			throw new IllegalArgumentException("--subscription-submit-millis must be at least 100");
		}
		return new ServerOptions(host, port, maintenance, terminology, submitMillis);
	}

}
