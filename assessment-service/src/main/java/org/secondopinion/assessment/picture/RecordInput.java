package org.secondopinion.assessment.picture;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** Reads what {@link RecordOutput} wrote; throws {@link IllegalArgumentException} on bytes it did not write. */
final class RecordInput {

	private final byte[] bytes;

	private int position;

	private String[] strings = new String[16];

	private int stringCount;

	RecordInput(byte[] bytes) {
		this.bytes = bytes;
	}

	int readByte() {
		if (position >= bytes.length) {
			throw new IllegalArgumentException("Stored picture records end early");
		}
		return bytes[position++] & 0xFF;
	}

	long readVarLong() {
		long value = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			int b = readByte();
			value |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return value;
			}
		}
		throw new IllegalArgumentException("Stored picture records hold a malformed number");
	}

	int readCount() {
		long count = readVarLong();
		if (count < 0 || count > bytes.length - position) {
			throw new IllegalArgumentException("Stored picture records hold an impossible count " + count);
		}
		return (int) count;
	}

	long readSigned() {
		long raw = readVarLong();
		return (raw >>> 1) ^ -(raw & 1);
	}

	@Nullable String readString() {
		long tag = readVarLong();
		if (tag == 0) {
			return null;
		}
		if (tag == 1) {
			int length = readCount();
			String value = new String(bytes, position, length, StandardCharsets.UTF_8);
			position += length;
			if (stringCount == strings.length) {
				strings = Arrays.copyOf(strings, stringCount * 2);
			}
			strings[stringCount++] = value;
			return value;
		}
		long index = tag - 2;
		if (index >= stringCount) {
			throw new IllegalArgumentException("Stored picture records refer to an unknown string " + index);
		}
		return strings[(int) index];
	}

	/** A string the records never leave out. */
	@SuppressWarnings("NullAway")
	String readText() {
		return readString();
	}

	@Nullable Boolean readBoolean() {
		return switch (readByte()) {
			case 0 -> null;
			case 1 -> Boolean.FALSE;
			default -> Boolean.TRUE;
		};
	}

	@Nullable Instant readInstant() {
		return switch (readByte()) {
			case 0 -> null;
			case 1 -> Instant.ofEpochSecond(readSigned());
			default -> Instant.ofEpochSecond(readSigned(), readVarLong());
		};
	}

	@Nullable Duration readDuration() {
		return readByte() == 0 ? null : Duration.ofSeconds(readSigned(), readVarLong());
	}

	@Nullable BigDecimal readDecimal() {
		int tag = readByte();
		if (tag == 0) {
			return null;
		}
		int scale = (int) readSigned();
		if (tag == 1) {
			return BigDecimal.valueOf(readSigned(), scale);
		}
		int length = readCount();
		byte[] twosComplement = Arrays.copyOfRange(bytes, position, position + length);
		position += length;
		return new BigDecimal(new BigInteger(twosComplement), scale);
	}

	List<String> readStrings() {
		int count = readCount();
		if (count == 0) {
			return List.of();
		}
		List<String> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(readText());
		}
		return values;
	}

	<T> List<T> readList(Function<RecordInput, T> element) {
		int count = readCount();
		if (count == 0) {
			return List.of();
		}
		List<T> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(element.apply(this));
		}
		return values;
	}

	<T> @Nullable T readOptional(Function<RecordInput, T> element) {
		return readByte() == 0 ? null : element.apply(this);
	}

	boolean atEnd() {
		return position == bytes.length;
	}

}
