package fr.mosaic.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.mosaic.dashboard.SkillsGap;
import fr.mosaic.dashboard.SkillsGap.Line;
import fr.mosaic.dashboard.SkillsGap.Slot;

class SkillsGapCsvTest {

	// a label with a comma, quotes and an accent, as members name their sites
	private static final SkillsGap GAP = new SkillsGap(List.of(LocalDate.of(2026, 11, 23)),
			List.of(new Line("Espaces verts", 240, 1)),
			List.of(new Line("Mairie, \"Services techniques\" — Dépôt", 240, 1)),
			List.of(new Slot(DayOfWeek.FRIDAY, true, 240, 1), new Slot(DayOfWeek.FRIDAY, false, 0, 0)),
			List.of(new Line("Espaces verts", 1860, 2)));

	@Test
	void everyLineOfEveryTableIsReadBackAsWritten() throws IOException {
		var records = parse(SkillsGapCsv.write(GAP, Locale.ENGLISH));

		assertThat(records).extracting(CSVRecord::toList).containsExactly(
				List.of("Unmet hours by skill", "Espaces verts", "240", "1"),
				List.of("Unmet hours by area", "Mairie, \"Services techniques\" — Dépôt", "240", "1"),
				List.of("Unmet hours by weekday and half-day", "Friday morning", "240", "1"),
				List.of("Unmet hours by weekday and half-day", "Friday afternoon", "0", "0"),
				List.of("Contract hours not worked, by skill", "Espaces verts", "1860", "2"));
		assertThat(records.getFirst().getParser().getHeaderNames()).containsExactly("Table", "Item", "Minutes",
				"Count");
	}

	@Test
	void writesItsHeadersAndLabelsInTheReadersLanguage() throws IOException {
		var records = parse(SkillsGapCsv.write(GAP, Locale.FRENCH));

		assertThat(records.getFirst().get("Tableau")).isEqualTo("Heures non couvertes par compétence");
		assertThat(records.get(2).get("Élément")).isEqualTo("vendredi matin");
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		try (var parser = SkillsGapCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv))) {
			return parser.getRecords();
		}
	}

}
