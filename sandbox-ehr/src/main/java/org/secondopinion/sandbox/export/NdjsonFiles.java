package org.secondopinion.sandbox.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The NDJSON files of one resource type in a job's directory: {@code Condition-1.ndjson}, {@code Condition-2.ndjson}...
 * one resource a line, a new file every so many resources. Written as it goes, never held in memory.
 */
final class NdjsonFiles implements AutoCloseable {

	private final Path directory;

	private final String type;

	private final int resourcesPerFile;

	private final List<ExportJob.Output> written = new ArrayList<>();

	private @Nullable BufferedWriter writer;

	private int inCurrentFile;

	NdjsonFiles(Path directory, String type, int resourcesPerFile) {
		this.directory = directory;
		this.type = type;
		this.resourcesPerFile = resourcesPerFile;
	}

	void write(String json) throws IOException {
		if (writer == null || inCurrentFile == resourcesPerFile) {
			next();
		}
		writer.write(json);
		writer.write('\n');
		inCurrentFile++;
	}

	/** The files written, with how many resources each holds. */
	List<ExportJob.Output> outputs() {
		return List.copyOf(written);
	}

	@Override
	public void close() throws IOException {
		if (writer != null) {
			writer.close();
			written.add(new ExportJob.Output(type, fileName(written.size() + 1), inCurrentFile));
			writer = null;
		}
	}

	private void next() throws IOException {
		close();
		inCurrentFile = 0;
		writer = Files.newBufferedWriter(directory.resolve(fileName(written.size() + 1)), StandardCharsets.UTF_8);
	}

	private String fileName(int number) {
		return type + "-" + number + ".ndjson";
	}

}
