package fr.mosaic.dashboard.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.mosaic.base.Translations;
import fr.mosaic.dashboard.SkillsGap;
import fr.mosaic.dashboard.SkillsGap.Line;

/**
 * The skills gap as CSV (RFC 4180, a header line): one record per line of each table, with the table's title, the item
 * (skill, area, weekday and half-day), the minutes and the count of shifts or workers, labels in the reader's language.
 */
final class SkillsGapCsv {

	static final CSVFormat FORMAT = CSVFormat.RFC4180;

	private SkillsGapCsv() {
	}

	static String write(SkillsGap gap, Locale locale) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(tr("skillsGap.csv.table", locale), tr("skillsGap.csv.item", locale),
					tr("skillsGap.csv.minutes", locale), tr("skillsGap.csv.count", locale));
			lines(printer, SkillsGapTable.BY_SKILL, gap.bySkill(), locale);
			lines(printer, SkillsGapTable.BY_AREA, gap.byArea(), locale);
			for (var slot : gap.bySlot()) {
				printer.printRecord(SkillsGapTable.BY_SLOT.title(locale), SkillsGapTable.slotLabel(slot, locale),
						slot.minutes(), slot.count());
			}
			lines(printer, SkillsGapTable.BELOW_CONTRACT, gap.belowContractBySkill(), locale);
		} catch (IOException ex) {
			// a StringWriter does not fail
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void lines(CSVPrinter printer, SkillsGapTable table, List<Line> lines, Locale locale)
			throws IOException {
		for (var line : lines) {
			printer.printRecord(table.title(locale), line.label(), line.minutes(), line.count());
		}
	}

	private static String tr(String key, Locale locale) {
		return Translations.translate(key, locale);
	}

}
