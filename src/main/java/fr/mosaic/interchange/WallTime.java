package fr.mosaic.interchange;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * A date and time on the group's wall clock as the interchange files write it: {@code 2026-11-23T08:00}, or
 * {@code 2026-10-25T02:30+01:00} with the UTC offset that tells apart the two occurrences of a time the clocks repeat
 * when they go back (spec, "Time: elapsed minutes, clock changes, midnight"). Without an offset a repeated time means
 * its first occurrence. Which offsets exist depends on the document's time zone, so {@link #atZone} judges them, not
 * the reading.
 *
 * @param local the wall-clock reading, to the minute
 * @param offset the UTC offset when one is written, otherwise null
 */
@JsonSerialize(using = ToStringSerializer.class)
@JsonDeserialize(using = WallTime.Reader.class)
public record WallTime(LocalDateTime local, @Nullable ZoneOffset offset) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
			.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder().append(LOCAL).optionalStart()
			.appendOffset("+HH:MM", "Z").toFormatter().withResolverStyle(ResolverStyle.STRICT);

	/** A time written without offset (its first occurrence, if the clocks repeat it). */
	public static WallTime of(LocalDateTime local) {
		return new WallTime(local, null);
	}

	/** How a plan writes a moment: its local time, with its offset only when that local time occurs twice. */
	public static WallTime of(ZonedDateTime time) {
		boolean repeated = time.getZone().getRules().getValidOffsets(time.toLocalDateTime()).size() > 1;
		return new WallTime(time.toLocalDateTime(), repeated ? time.getOffset() : null);
	}

	/**
	 * Reads {@code YYYY-MM-DDTHH:MM} with an optional offset ({@code +01:00}, {@code Z}).
	 *
	 * @throws DateTimeParseException when the text has another form or names no real date and time
	 */
	public static WallTime parse(String text) {
		TemporalAccessor parsed = FORMAT.parse(text);
		return new WallTime(LocalDateTime.from(parsed),
				parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : null);
	}

	/**
	 * The moment this time stands for in {@code zone}: the given offset's, or the first occurrence without one.
	 *
	 * @throws DateTimeException when the local time does not exist in the zone (the clocks skip it), or the zone has
	 *         not the given offset at that local time
	 */
	public ZonedDateTime atZone(ZoneId zone) {
		var valid = zone.getRules().getValidOffsets(local);
		if (valid.isEmpty()) {
			throw new DateTimeException(this + " does not exist in " + zone);
		}
		if (offset != null && !valid.contains(offset)) {
			throw new DateTimeException(zone + " has no offset " + offset + " at " + LOCAL.format(local));
		}
		return ZonedDateTime.ofLocal(local, zone, offset);
	}

	/** The local time, and the offset written as {@code +01:00} when there is one. */
	@Override
	public String toString() {
		return LOCAL.format(local) + (offset == null ? "" : offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId());
	}

	/** Reads a time from a JSON string; anything else is a format error at the field's path. */
	static final class Reader extends StdScalarDeserializer<WallTime> {

		Reader() {
			super(WallTime.class);
		}

		@Override
		public WallTime deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (WallTime) context.handleUnexpectedToken(WallTime.class, parser);
			}
			String text = parser.getString();
			try {
				return parse(text);
			} catch (DateTimeParseException ex) {
				return (WallTime) context.handleWeirdStringValue(WallTime.class, text, ex.getMessage());
			}
		}

	}

}
