package org.secondopinion.sandbox.population;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Resource;

/**
 * A {@link BasePopulation} as NDJSON, one resource a line: the shared resources, then each patient's record, which
 * starts with its Patient. Reading can skip resource types without parsing them, since HAPI always writes
 * {@code resourceType} first: loading only the types the sandbox serves skips about half of Synthea's bytes (claims,
 * explanations of benefit, notes).
 */
final class PopulationFile {

	private static final String TYPE_PREFIX = "{\"resourceType\":\"";

	private final FhirContext context;

	PopulationFile(FhirContext context) {
		this.context = context;
	}

	/** Opens the file to write lines of {@link #encode encoded} resources to, replacing what it held. */
	Writer open(Path file) {
		try {
			return new Writer(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/** The lines of the resources in the file. Safe to call from several threads. */
	List<String> encode(List<Resource> resources) {
		IParser parser = context.newJsonParser().setPrettyPrint(false);
		return resources.stream().map(parser::encodeResourceToString).toList();
	}

	/** Reads the resources whose type {@code loaded} accepts, and every Patient (they start the records). */
	BasePopulation read(Path file, Predicate<String> loaded) {
		IParser parser = context.newJsonParser();
		List<Resource> shared = new ArrayList<>();
		List<PatientRecord> patients = new ArrayList<>();
		List<Resource> current = shared;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String type = resourceType(line, file);
				boolean patient = type.equals("Patient");
				if (patient) {
					addRecord(patients, current, shared);
					current = new ArrayList<>();
				}
				if (patient || loaded.test(type)) {
					current.add((Resource) parser.parseResource(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		addRecord(patients, current, shared);
		return new BasePopulation(shared, patients);
	}

	/** Writes lines to a population file. */
	static final class Writer implements AutoCloseable {

		private final BufferedWriter writer;

		private long lines;

		private Writer(BufferedWriter writer) {
			this.writer = writer;
		}

		void write(List<String> encoded) {
			try {
				for (String line : encoded) {
					writer.write(line);
					writer.write('\n');
				}
				lines += encoded.size();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write a population file", ex);
			}
		}

		/** How many resources have been written. */
		long lines() {
			return lines;
		}

		@Override
		public void close() {
			try {
				writer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write a population file", ex);
			}
		}

	}

	private static void addRecord(List<PatientRecord> patients, List<Resource> current, List<Resource> shared) {
		if (current != shared) {
			patients.add(new PatientRecord(current));
		}
	}

	private static String resourceType(String line, Path file) {
		int end = line.indexOf('"', TYPE_PREFIX.length());
		if (!line.startsWith(TYPE_PREFIX) || end < 0) {
			throw new IllegalStateException(file + " is not a population file: a line does not start with "
					+ TYPE_PREFIX + "; delete it to generate it again");
		}
		return line.substring(TYPE_PREFIX.length(), end);
	}

}
