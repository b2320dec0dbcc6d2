package org.secondopinion.sandbox.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Turns a resource into the bytes the store keeps and back: its JSON without the id, {@code meta.versionId} and
 * {@code meta.lastUpdated} (the index holds those), deflated, after a four-byte length of the JSON. Thread-safe.
 */
final class ResourceCodec {

	private static final Set<String> INDEXED_ELEMENTS = Set.of("*.meta.versionId", "*.meta.lastUpdated");

	private static final int POOLED_DEFLATERS = 8;

	private final FhirContext context;

	private final BlockingQueue<Deflater> deflaters = new ArrayBlockingQueue<>(POOLED_DEFLATERS);

	ResourceCodec(FhirContext context) {
		this.context = context;
	}

	byte[] encode(Resource resource) {
		IParser parser = context.newJsonParser().setOmitResourceId(true).setDontEncodeElements(INDEXED_ELEMENTS);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
		bytes.writeBytes(new byte[Integer.BYTES]);
		Deflater deflater = deflater();
		try {
			CountingStream counting = new CountingStream(new DeflaterOutputStream(bytes, deflater, 4096));
			try (Writer writer = new OutputStreamWriter(counting, StandardCharsets.UTF_8)) {
				parser.encodeResourceToWriter(resource, writer);
			}
			byte[] record = bytes.toByteArray();
			ByteBuffer.wrap(record).putInt(0, (int) counting.count);
			return record;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(deflater);
		}
	}

	/** The resource in a record, with its id, version and last update restored. */
	Resource decode(ByteBuffer record, String type, String id, int version, Instant lastUpdated) {
		byte[] json = new byte[record.getInt(0)];
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(record.slice(Integer.BYTES, record.limit() - Integer.BYTES));
			int inflated = 0;
			while (inflated < json.length) {
				int count = inflater.inflate(json, inflated, json.length - inflated);
				if (count == 0 && (inflater.finished() || inflater.needsInput())) {
					throw new IllegalStateException("Truncated record of " + type + "/" + id);
				}
				inflated += count;
			}
		}
		catch (DataFormatException ex) {
			throw new IllegalStateException("Corrupt record of " + type + "/" + id, ex);
		}
		finally {
			inflater.end();
		}
		Resource resource = (Resource) context.newJsonParser()
			.parseResource(new String(json, StandardCharsets.UTF_8));
		String versionId = Integer.toString(version);
		resource.setIdElement(new IdType(type, id, versionId));
		resource.getMeta().setVersionId(versionId).setLastUpdated(Date.from(lastUpdated));
		return resource;
	}

	private Deflater deflater() {
		Deflater deflater = deflaters.poll();
		return deflater != null ? deflater : new Deflater(Deflater.BEST_SPEED);
	}

	private void release(Deflater deflater) {
		deflater.reset();
		if (!deflaters.offer(deflater)) {
			deflater.end();
		}
	}

	/** Counts the bytes of JSON on their way to the deflater. */
	private static final class CountingStream extends java.io.FilterOutputStream {

		private long count;

		CountingStream(java.io.OutputStream target) {
			super(target);
		}

		@Override
		public void write(int value) throws IOException {
			out.write(value);
			count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
			count += length;
		}

	}

}
