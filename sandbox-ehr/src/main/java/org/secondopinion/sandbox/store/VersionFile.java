package org.secondopinion.sandbox.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileChannel.MapMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An append-only file of encoded resource versions, memory-mapped in segments: the bytes live in the operating
 * system's page cache, not on the Java heap. Readers never touch the {@link FileChannel}, so an interrupted reader
 * cannot close it. The file is deleted as soon as it is open (where the platform allows), else when it is closed.
 * <p>
 * Appends must be serialised by the caller; reads of positions returned by {@link #append} may run concurrently,
 * provided the caller publishes those positions safely (the store does so through its lock).
 */
final class VersionFile implements AutoCloseable {

	/** The size of a mapped segment; a record never spans two segments. */
	static final int SEGMENT_SIZE = 1 << 26;

	private final int segmentSize;

	private final FileChannel channel;

	private volatile MappedByteBuffer[] segments = new MappedByteBuffer[0];

	private long end;

	VersionFile(Path directory) {
		this(directory, SEGMENT_SIZE);
	}

	VersionFile(Path directory, int segmentSize) {
		this.segmentSize = segmentSize;
		try {
			Files.createDirectories(directory);
			Path file = Files.createTempFile(directory, "fhir-store-", ".versions");
			channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
					StandardOpenOption.DELETE_ON_CLOSE);
			deleteWhileOpen(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the version file in " + directory, ex);
		}
	}

	/** Appends a record; returns its position. */
	long append(byte[] record) {
		if (record.length > segmentSize) {
			throw new IllegalArgumentException("A resource version of " + record.length + " bytes is too large");
		}
		long segment = end / segmentSize;
		if (end % segmentSize + record.length > segmentSize) {
			segment++;
			end = segment * segmentSize;
		}
		MappedByteBuffer mapped = segment((int) segment);
		mapped.put((int) (end % segmentSize), record);
		long position = end;
		end += record.length;
		return position;
	}

	/** The record at a position that {@link #append} returned, as a read-only view. */
	ByteBuffer read(long position, int length) {
		MappedByteBuffer mapped = segments[(int) (position / segmentSize)];
		return mapped.slice((int) (position % segmentSize), length).asReadOnlyBuffer();
	}

	/** How many bytes the file holds, gaps at the ends of segments included. */
	long size() {
		return end;
	}

	@Override
	public void close() {
		segments = new MappedByteBuffer[0];
		try {
			channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private MappedByteBuffer segment(int index) {
		MappedByteBuffer[] current = segments;
		if (index < current.length) {
			return current[index];
		}
		try {
			MappedByteBuffer mapped = channel.map(MapMode.READ_WRITE, (long) index * segmentSize, segmentSize);
			MappedByteBuffer[] grown = Arrays.copyOf(current, index + 1);
			grown[index] = mapped;
			segments = grown;
			return mapped;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot grow the version file", ex);
		}
	}

	private static void deleteWhileOpen(Path file) {
		try {
			Files.delete(file);
		}
		catch (IOException ex) {
			// Not on this platform: DELETE_ON_CLOSE removes it.
		}
	}

}
