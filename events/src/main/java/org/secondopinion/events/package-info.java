/**
 * The event contract shared by the services: the CloudEvents 1.0 envelope, topic names, keys, payload records,
 * JSON (de)serialisation and the JSON Schemas each event is validated against. No Spring, no I/O.
 */
@NullMarked
package org.secondopinion.events;

import org.jspecify.annotations.NullMarked;
