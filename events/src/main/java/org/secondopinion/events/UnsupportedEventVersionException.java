package org.secondopinion.events;

/** An event whose CloudEvents {@code specversion} this build does not understand. */
public class UnsupportedEventVersionException extends InvalidEventException {

	public UnsupportedEventVersionException(String version) {
		super("Unsupported CloudEvents specversion '" + version + "': this consumer understands "
				+ CloudEvent.SPEC_VERSION + " only");
	}

}
