package org.secondopinion.gateway.ehr;

import java.net.http.HttpHeaders;

/** A successful (2xx) answer of an EHR, its body read within the size limit. */
record EhrResponse(int status, HttpHeaders headers, byte[] body) {
}
