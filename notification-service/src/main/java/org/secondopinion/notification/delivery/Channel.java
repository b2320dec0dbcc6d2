package org.secondopinion.notification.delivery;

/** A way out for an alert; throws when the far side did not accept it, so the delivery is retried. */
interface Channel {

	String name();

	void send(Delivery delivery) throws Exception;

}
