package fr.mosaic.interchange;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes the problem and plan documents of {@code docs/spec/interchange.md}. Reading is strict (unknown
 * fields, wrong types and coerced values are errors) and a problem is checked with {@link ProblemChecker} before it is
 * returned, so callers only ever see a usable document. Thread-safe: one instance can be shared.
 */
public final class InterchangeJson {

	private final JsonMapper mapper = strictMapper();

	/** Reads and checks a problem; every error names its JSON path. */
	public ProblemDocument readProblem(String json) throws InvalidProblemException {
		return checked(bind(() -> mapper.readValue(json, ProblemDocument.class)));
	}

	/** Reads and checks a problem; the stream is not closed. */
	public ProblemDocument readProblem(InputStream json) throws InvalidProblemException {
		return checked(bind(() -> mapper.readValue(json, ProblemDocument.class)));
	}

	/** Reads a plan into its document; checking it against its problem is the validator's work. */
	public PlanDocument readPlan(String json) throws InvalidProblemException {
		return bind(() -> mapper.readValue(json, PlanDocument.class));
	}

	/**
	 * Reads a plan whose times are of {@code zone} and checks each field on its own: its constraints, and a shift time
	 * the clocks skip or written with an offset the zone has not at that time is an error at its path
	 * ({@code $.shifts[3].start}).
	 */
	public PlanDocument readPlan(String json, ZoneId zone) throws InvalidProblemException {
		var plan = readPlan(json);
		var errors = new ArrayList<>(ConstraintErrors.of(plan));
		for (int i = 0; i < plan.shifts().size(); i++) {
			var shift = plan.shifts().get(i);
			var path = JsonPaths.index("$.shifts", i);
			Stream.of(timeError(path + ".start", shift.start(), zone), timeError(path + ".end", shift.end(), zone))
					.flatMap(Optional::stream).forEach(errors::add);
		}
		if (!errors.isEmpty()) {
			throw new InvalidProblemException(DocumentOrder.sorted(plan, errors));
		}
		return plan;
	}

	private static Optional<ProblemError> timeError(String path, @Nullable WallTime time, ZoneId zone) {
		return Optional.ofNullable(time == null ? null : ProblemChecker.timeError(path, time, zone));
	}

	/** Reads a plan; the stream is not closed. */
	public PlanDocument readPlan(InputStream json) throws InvalidProblemException {
		return bind(() -> mapper.readValue(json, PlanDocument.class));
	}

	public String writeProblem(ProblemDocument problem) {
		return mapper.writeValueAsString(problem);
	}

	public String writePlan(PlanDocument plan) {
		return mapper.writeValueAsString(new PlanDocument(plan.weekStart(), plan.score(), plan.feasible(),
				plan.shifts().stream().map(InterchangeJson::inSpecShape).toList(), plan.workers(), plan.members()));
	}

	// The spec shows "pinned" on covered shifts only and a reason on uncovered ones only.
	private static PlanDocument.Shift inSpecShape(PlanDocument.Shift shift) {
		if (shift.covered()) {
			return new PlanDocument.Shift(shift.request(), shift.index(), shift.worker(), shift.start(), shift.end(),
					Boolean.TRUE.equals(shift.pinned()), null);
		}
		return new PlanDocument.Shift(shift.request(), shift.index(), null, null, null, null, shift.reason());
	}

	private static ProblemDocument checked(ProblemDocument problem) {
		var errors = ProblemChecker.check(problem);
		if (!errors.isEmpty()) {
			throw new InvalidProblemException(errors);
		}
		return problem;
	}

	private static <T> T bind(Supplier<T> reading) {
		T document;
		try {
			document = reading.get();
		} catch (JacksonIOException ex) {
			throw ex; // the source failed, not the file: not the user's input error
		} catch (JacksonException ex) {
			throw new InvalidProblemException(List.of(BindingErrors.describe(ex)));
		}
		if (document == null) { // the file holds the JSON literal null
			throw new InvalidProblemException(List.of(ProblemError.of(JsonPaths.ROOT, "expectedObject")));
		}
		return document;
	}

	private static JsonMapper strictMapper() {
		var indenter = new DefaultIndenter("  ", "\n");
		var separators = Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
				.withObjectEmptySeparator("").withArrayEmptySeparator("");
		return JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
						DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
						DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
				.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // whoever
																													// opened
																													// a
																													// stream
																													// closes
																													// it
				.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS, MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
				// "2" is not a number, 2 is not a text, 0 is not false: a typed file is typed.
				.withCoercionConfig(LogicalType.Textual,
						c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
								.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
								.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
				.withCoercionConfig(LogicalType.Integer,
						c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
								.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
								.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
				.withCoercionConfig(LogicalType.Float,
						c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
								.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
				.withCoercionConfig(LogicalType.Boolean,
						c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
								.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
								.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
				// A null inside a list would only surface later as a NullPointerException.
				.changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
				.enable(SerializationFeature.INDENT_OUTPUT)
				.defaultPrettyPrinter(
						new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter))
				.build();
	}

}
