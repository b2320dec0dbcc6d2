package org.secondopinion.assessment.criteria;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/**
 * ICD-9-CM diagnosis codes read as their ICD-10-CM equivalents ({@code tables/icd-9-cm-diagnoses.json}): the value
 * sets describe ICD-10-CM families, and EHRs that still code diagnoses in ICD-9-CM (296.32, 729.1) would otherwise
 * fall outside every one of them. The longest listed code that begins the sent one decides, dots ignored: 296.32 is
 * read as F33.1, 296.39 as its category 296.3's F33.9; a code none begins stays as sent.
 */
final class Icd9Diagnoses {

	private static final String TABLE = "tables/icd-9-cm-diagnoses.json";

	private static final Map<String, String> TO_ICD10_CM = load();

	private Icd9Diagnoses() {
	}

	/** The ICD-10-CM code an ICD-9-CM diagnosis code is read as, if its code or a category above it is listed. */
	static Optional<String> icd10Cm(String code) {
		String key = CodePrefix.normalise(code);
		for (int length = key.length(); length >= 3; length--) {
			String target = TO_ICD10_CM.get(key.substring(0, length));
			if (target != null) {
				return Optional.of(target);
			}
		}
		return Optional.empty();
	}

	static int size() {
		return TO_ICD10_CM.size();
	}

	private static Map<String, String> load() {
		File file = TableFile.read(new ClassPathResource(TABLE), File.class, "ICD-9-CM diagnosis table").content();
		Map<String, String> map = new HashMap<>();
		for (Row row : file.map()) {
			String key = CodePrefix.normalise(row.icd9());
			if (map.putIfAbsent(key, row.icd10cm()) != null) {
				throw new IllegalStateException(TABLE + " lists ICD-9-CM " + row.icd9() + " twice");
			}
		}
		return Map.copyOf(map);
	}

	record File(String name, String version, String description, String source, List<Row> map) {
	}

	record Row(String icd9, String icd10cm, String display) {
	}

}
