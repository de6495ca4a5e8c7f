package fr.mosaic.interchange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's exceptions into a {@link ProblemError} with a JSON path and a translatable key. */
final class BindingErrors {

	private BindingErrors() {
	}

	static ProblemError describe(JacksonException ex) {
		var path = path(ex);
		return switch (ex) {
			case UnrecognizedPropertyException unknown ->
				ProblemError.of(path, "unknownField", unknown.getPropertyName());
			case InvalidNullException ignored -> ProblemError.of(path, "nullNotAllowed");
			case InvalidFormatException format -> badFormat(path, format.getTargetType(), format.getValue());
			case MismatchedInputException ignored when ex.getOriginalMessage().startsWith("Trailing token") ->
				ProblemError.of(path, "trailingContent");
			case MismatchedInputException mismatch -> ProblemError.of(path, expected(mismatch.getTargetType()));
			case InputCoercionException ignored -> ProblemError.of(path, "numberOutOfRange");
			case StreamReadException read when ex.getOriginalMessage().startsWith("Duplicate") ->
				ProblemError.of(path, "duplicateField", currentName(read));
			case StreamReadException ignored ->
				ProblemError.of(path, "malformedJson", ex.getLocation().getLineNr(), ex.getLocation().getColumnNr());
			default -> ProblemError.of(path, "invalidValue");
		};
	}

	private static ProblemError badFormat(String path, Class<?> type, Object value) {
		var text = String.valueOf(value);
		if (type == LocalTime.class) {
			return ProblemError.of(path, "badTime", text);
		}
		if (type == LocalDate.class) {
			return ProblemError.of(path, "badDate", text);
		}
		if (type == WallTime.class) {
			return ProblemError.of(path, "badDateTime", text);
		}
		if (type == DayOfWeek.class) {
			return ProblemError.of(path, "badDay", text);
		}
		if (type == ProblemDocument.Priority.class) {
			return ProblemError.of(path, "badPriority", text);
		}
		return ProblemError.of(path, expected(type));
	}

	private static String expected(Class<?> type) {
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "expectedInteger";
		}
		if (type == Double.class || type == double.class) {
			return "expectedNumber";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "expectedBoolean";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "expectedList";
		}
		// Times, dates, days and priorities are written as strings.
		if (type == String.class || type.isEnum() || type.getPackageName().equals("java.time")
				|| type == WallTime.class) {
			return "expectedText";
		}
		return Map.class.isAssignableFrom(type) || type.isRecord() ? "expectedObject" : "invalidValue";
	}

	private static String path(JacksonException ex) {
		if (!ex.getPath().isEmpty()) {
			var path = JsonPaths.ROOT;
			for (var reference : ex.getPath()) {
				path = reference.getPropertyName() != null
						? JsonPaths.field(path, reference.getPropertyName())
						: JsonPaths.index(path, reference.getIndex());
			}
			return path;
		}
		// Syntax errors carry no reference chain; the parser knows where it stopped.
		return ex instanceof StreamReadException && ex.processor() instanceof JsonParser parser
				? path(parser.streamReadContext())
				: JsonPaths.ROOT;
	}

	private static String path(TokenStreamContext context) {
		var chain = new ArrayList<TokenStreamContext>();
		for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
			chain.add(c);
		}
		Collections.reverse(chain);
		var path = JsonPaths.ROOT;
		for (var c : chain) {
			if (c.inArray() && c.getCurrentIndex() >= 0) {
				path = JsonPaths.index(path, c.getCurrentIndex());
			} else if (c.inObject() && c.currentName() != null) {
				path = JsonPaths.field(path, c.currentName());
			}
		}
		return path;
	}

	private static String currentName(StreamReadException ex) {
		var name = ex.processor() != null ? ex.processor().streamReadContext().currentName() : null;
		return name == null ? "" : name;
	}

}
