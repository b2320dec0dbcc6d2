package org.secondopinion.assessment.picture;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * Writes the primitives of the stored picture records: variable-length integers, strings (each distinct string once
 * per resource, repeats as an index), instants, decimals and lists. {@link RecordInput} reads them back.
 */
final class RecordOutput {

	private byte[] bytes = new byte[256];

	private int size;

	private final Map<String, Integer> strings = new HashMap<>();

	void writeByte(int value) {
		if (size == bytes.length) {
			bytes = Arrays.copyOf(bytes, bytes.length * 2);
		}
		bytes[size++] = (byte) value;
	}

	void writeVarLong(long value) {
		while ((value & ~0x7FL) != 0) {
			writeByte((int) ((value & 0x7F) | 0x80));
			value >>>= 7;
		}
		writeByte((int) value);
	}

	void writeSigned(long value) {
		writeVarLong((value << 1) ^ (value >> 63));
	}

	/** 0 for null, 1 and the UTF-8 bytes for a string not written before, else 2 + its index. */
	void writeString(@Nullable String value) {
		if (value == null) {
			writeByte(0);
			return;
		}
		Integer index = strings.get(value);
		if (index != null) {
			writeVarLong(2L + index);
			return;
		}
		strings.put(value, strings.size());
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		writeByte(1);
		writeVarLong(utf8.length);
		for (byte b : utf8) {
			writeByte(b);
		}
	}

	void writeBoolean(@Nullable Boolean value) {
		writeByte(value == null ? 0 : value ? 2 : 1);
	}

	void writeInstant(@Nullable Instant value) {
		if (value == null) {
			writeByte(0);
		}
		else if (value.getNano() == 0) {
			writeByte(1);
			writeSigned(value.getEpochSecond());
		}
		else {
			writeByte(2);
			writeSigned(value.getEpochSecond());
			writeVarLong(value.getNano());
		}
	}

	void writeDuration(@Nullable Duration value) {
		if (value == null) {
			writeByte(0);
			return;
		}
		writeByte(1);
		writeSigned(value.getSeconds());
		writeVarLong(value.getNano());
	}

	/** The scale and the unscaled value, exactly: {@code 1.50} stays {@code 1.50}. */
	void writeDecimal(@Nullable BigDecimal value) {
		if (value == null) {
			writeByte(0);
			return;
		}
		BigInteger unscaled = value.unscaledValue();
		if (unscaled.bitLength() < 64) {
			writeByte(1);
			writeSigned(value.scale());
			writeSigned(unscaled.longValue());
		}
		else {
			byte[] twosComplement = unscaled.toByteArray();
			writeByte(2);
			writeSigned(value.scale());
			writeVarLong(twosComplement.length);
			for (byte b : twosComplement) {
				writeByte(b);
			}
		}
	}

	void writeStrings(List<String> values) {
		writeVarLong(values.size());
		for (String value : values) {
			writeString(value);
		}
	}

	<T> void writeList(List<T> values, BiConsumer<RecordOutput, T> element) {
		writeVarLong(values.size());
		for (T value : values) {
			element.accept(this, value);
		}
	}

	/** 0 for null, else 1 and the value. */
	<T> void writeOptional(@Nullable T value, BiConsumer<RecordOutput, T> element) {
		if (value == null) {
			writeByte(0);
		}
		else {
			writeByte(1);
			element.accept(this, value);
		}
	}

	byte[] toByteArray() {
		return Arrays.copyOf(bytes, size);
	}

}
