package org.secondopinion.reference;

/**
 * The command line: {@code --port <port>} (default 8090), {@code --host <address>} (default 127.0.0.1) and
 * {@code --batch-maintenance-seconds <seconds>} (default HAPI's 60: how soon a queued export starts and moves on) and
 * {@code --terminology} (also a terminology server: Hibernate Search on, {@code ValueSet/$expand} served).
 */
record ServerOptions(String host, int port, int batchMaintenanceSeconds, boolean terminology) {

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
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (value == null && (name.equals("--port") || name.equals("--host")
					|| name.equals("--batch-maintenance-seconds"))) {
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
				default -> throw new IllegalArgumentException(
						"Unknown option " + arg + "; usage: ReferenceFhirServer [--port <port>] [--host <address>]"
								+ " [--batch-maintenance-seconds <seconds>] [--terminology]");
			}
		}
		if (maintenance < 1) {
			throw new IllegalArgumentException("--batch-maintenance-seconds must be at least 1");
		}
		return new ServerOptions(host, port, maintenance, terminology);
	}

}
