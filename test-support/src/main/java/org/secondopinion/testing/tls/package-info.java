/** Certificates for tests of TLS: self-signed, made with the JDK's keytool, written as PEM. */
@NullMarked
package org.secondopinion.testing.tls;

import org.jspecify.annotations.NullMarked;
