package fr.mosaic.planning.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import tools.jackson.databind.json.JsonMapper;

/** The spec's worked example, read with a plain mapper. */
final class Examples {

	private static final Path DIR = Path.of("docs/spec/examples");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Examples() {
	}

	static ProblemDocument problem() {
		return read("small-problem.json", ProblemDocument.class);
	}

	static PlanDocument plan() {
		return read("small-plan.json", PlanDocument.class);
	}

	private static <T> T read(String file, Class<T> type) {
		try {
			return MAPPER.readValue(Files.readString(DIR.resolve(file)), type);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
