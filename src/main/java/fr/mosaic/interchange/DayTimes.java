package fr.mosaic.interchange;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The times of day of a weekly availability, {@code HH:MM}. An end may also be {@code 24:00}, the midnight that ends
 * the day; it is held as {@link LocalTime#MIDNIGHT}, which as an end can only mean the same, and written {@code 24:00}
 * (spec, "Time: elapsed minutes, clock changes, midnight").
 */
final class DayTimes {

	static final String END_OF_DAY = "24:00";

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
			.withResolverStyle(ResolverStyle.STRICT);

	private DayTimes() {
	}

	/** A start: 00:00 to 23:59. */
	static final class StartReader extends StdScalarDeserializer<LocalTime> {

		StartReader() {
			super(LocalTime.class);
		}

		@Override
		public LocalTime deserialize(JsonParser parser, DeserializationContext context) {
			return read(parser, context, false);
		}

	}

	/** An end: 00:01 to 24:00, or 00:00 for 24:00. */
	static final class EndReader extends StdScalarDeserializer<LocalTime> {

		EndReader() {
			super(LocalTime.class);
		}

		@Override
		public LocalTime deserialize(JsonParser parser, DeserializationContext context) {
			return read(parser, context, true);
		}

	}

	/** Writes an end of midnight as {@code 24:00}. */
	static final class EndWriter extends StdSerializer<LocalTime> {

		EndWriter() {
			super(LocalTime.class);
		}

		@Override
		public void serialize(LocalTime end, JsonGenerator generator, SerializationContext context) {
			generator.writeString(end.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : HH_MM.format(end));
		}

	}

	private static LocalTime read(JsonParser parser, DeserializationContext context, boolean end) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (LocalTime) context.handleUnexpectedToken(LocalTime.class, parser);
		}
		String text = parser.getString();
		if (end && text.equals(END_OF_DAY)) {
			return LocalTime.MIDNIGHT;
		}
		try {
			return LocalTime.parse(text, HH_MM);
		} catch (DateTimeParseException ex) {
			return (LocalTime) context.handleWeirdStringValue(LocalTime.class, text, ex.getMessage());
		}
	}

}
