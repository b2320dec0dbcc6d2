package org.secondopinion.sandbox.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Numbers resources (0, 1, 2...) and finds a resource's number by type and id: an open-addressing hash table of
 * numbers, with each id kept once in an arena of byte arrays. An id in the canonical UUID form (as Synthea's are)
 * takes 18 bytes there, any other id two bytes plus its UTF-8. About 45 bytes a resource with a UUID id, against
 * well over 100 for a {@code HashMap<String, ...>}. Not thread-safe: the store guards it with its lock.
 */
final class ResourceIndex {

	/** Small enough not to be a humongous object for G1 with 1 MB regions, which would waste half of it. */
	private static final int ARENA_CHUNK = 1 << 18;

	private static final int UUID_MARK = 0x80;

	private static final Pattern CANONICAL_UUID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final float LOAD_FACTOR = 0.6f;

	private final ByteColumn types = new ByteColumn();

	private final IntColumn hashes = new IntColumn();

	private final LongColumn keyPositions = new LongColumn();

	private final List<byte[]> arena = new ArrayList<>();

	private int arenaUsed = ARENA_CHUNK;

	/** Resource number + 1 in each slot; 0 is an empty slot. */
	private int[] table = new int[64];

	int size() {
		return types.size();
	}

	/** The number of the resource, or -1. */
	int find(int type, String id) {
		byte[] key = key(id);
		int hash = hash(type, key);
		int mask = table.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			int entry = table[slot];
			if (entry == 0) {
				return -1;
			}
			int number = entry - 1;
			if (hashes.get(number) == hash && types.get(number) == type && keyEquals(number, key)) {
				return number;
			}
		}
	}

	/** Adds a resource that {@link #find} does not know; returns its number. */
	int add(int type, String id) {
		byte[] key = key(id);
		int number = types.add((byte) type);
		int hash = hash(type, key);
		hashes.add(hash);
		keyPositions.add(store(key));
		if (size() > table.length * LOAD_FACTOR) {
			rehash(table.length * 2);
		}
		else {
			insert(number, hash);
		}
		return number;
	}

	int type(int number) {
		return types.get(number);
	}

	String id(int number) {
		long position = keyPositions.get(number);
		byte[] chunk = arena.get((int) (position / ARENA_CHUNK));
		int offset = (int) (position % ARENA_CHUNK);
		if ((chunk[offset] & UUID_MARK) != 0) {
			ByteBuffer bits = ByteBuffer.wrap(chunk, offset + 2, 16);
			return new UUID(bits.getLong(), bits.getLong()).toString();
		}
		return new String(chunk, offset + 2, length(chunk, offset), StandardCharsets.UTF_8);
	}

	/** The id as stored: a two-byte header (a UUID mark, or the length), then 16 bytes of UUID or the UTF-8. */
	private static byte[] key(String id) {
		if (id.length() == 36 && CANONICAL_UUID.matcher(id).matches()) {
			UUID uuid = UUID.fromString(id);
			return ByteBuffer.allocate(18)
				.put((byte) UUID_MARK)
				.put((byte) 16)
				.putLong(uuid.getMostSignificantBits())
				.putLong(uuid.getLeastSignificantBits())
				.array();
		}
		byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
		if (utf8.length >= UUID_MARK << 8) {
			throw new IllegalArgumentException("Resource id too long: " + utf8.length + " bytes");
		}
		byte[] key = new byte[utf8.length + 2];
		key[0] = (byte) (utf8.length >>> 8);
		key[1] = (byte) utf8.length;
		System.arraycopy(utf8, 0, key, 2, utf8.length);
		return key;
	}

	private static int length(byte[] chunk, int offset) {
		return ((chunk[offset] & 0x7f) << 8) | (chunk[offset + 1] & 0xff);
	}

	private boolean keyEquals(int number, byte[] key) {
		long position = keyPositions.get(number);
		byte[] chunk = arena.get((int) (position / ARENA_CHUNK));
		int offset = (int) (position % ARENA_CHUNK);
		int stored = length(chunk, offset) + 2;
		return stored == key.length && Arrays.equals(chunk, offset, offset + stored, key, 0, key.length);
	}

	private long store(byte[] key) {
		if (arenaUsed + key.length > ARENA_CHUNK) {
			arena.add(new byte[ARENA_CHUNK]);
			arenaUsed = 0;
		}
		byte[] chunk = arena.getLast();
		System.arraycopy(key, 0, chunk, arenaUsed, key.length);
		long position = (long) (arena.size() - 1) * ARENA_CHUNK + arenaUsed;
		arenaUsed += key.length;
		return position;
	}

	private void insert(int number, int hash) {
		int mask = table.length - 1;
		int slot = hash & mask;
		while (table[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		table[slot] = number + 1;
	}

	private void rehash(int capacity) {
		table = new int[capacity];
		for (int number = 0; number < size(); number++) {
			insert(number, hashes.get(number));
		}
	}

	private static int hash(int type, byte[] key) {
		int hash = Arrays.hashCode(key) * 31 + type;
		hash ^= hash >>> 16;
		hash *= 0x85ebca6b;
		hash ^= hash >>> 13;
		return hash;
	}

}
