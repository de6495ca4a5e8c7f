package fr.mosaic.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.function.ToLongFunction;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.mosaic.dashboard.AnalysisService;
import fr.mosaic.dashboard.SkillsGap;
import fr.mosaic.dashboard.SkillsGap.Line;
import fr.mosaic.planning.Durations;
import fr.mosaic.security.AppRoles;

/**
 * The skills gap (GPEC) over a range of weeks: unmet hours by skill, area and half-day, and hours below contract by
 * skill, each table as bars scaled to its largest line, and the whole as CSV.
 */
@Route("skills-gap")
@Menu(title = "skillsGap.view.title", order = 61, icon = "vaadin:academy-cap")
@RolesAllowed(AppRoles.COORDINATOR)
class SkillsGapView extends WeekRangeAnalysis<SkillsGap> {

	SkillsGapView(AnalysisService analyses, Clock clock) {
		super("skillsGap.view.title", clock, analyses::skillsGap, gap -> gap.weeks().size());
	}

	@Override
	void show(SkillsGap gap) {
		var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
			var bytes = SkillsGapCsv.write(gap, getLocale()).getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes),
					"mosaic-gpec-" + from.getValue() + "-" + to.getValue() + ".csv", "text/csv", bytes.length);
		}), getTranslation("skillsGap.csv"));
		csv.setId("skills-gap-csv");
		results.add(csv);
		if (!gap.hasUnmetHours()) {
			results.add(new Paragraph(getTranslation("skillsGap.none")));
		}
		var charts = new Div();
		charts.addClassName("dashboard-charts");
		charts.add(table(SkillsGapTable.BY_SKILL, gap.bySkill()), table(SkillsGapTable.BY_AREA, gap.byArea()),
				slots(gap), table(SkillsGapTable.BELOW_CONTRACT, gap.belowContractBySkill()));
		results.add(charts);
	}

	private Div table(SkillsGapTable table, List<Line> lines) {
		var chart = chart(table.key, table.title(getLocale()), table.help(getLocale()));
		long largest = largest(lines, Line::minutes);
		lines.forEach(line -> chart
				.add(row(line.label(), share(line.minutes(), largest), value(table, line.minutes(), line.count()))));
		return chart;
	}

	private Div slots(SkillsGap gap) {
		var table = SkillsGapTable.BY_SLOT;
		var chart = chart(table.key, table.title(getLocale()), table.help(getLocale()));
		long largest = largest(gap.bySlot(), SkillsGap.Slot::minutes);
		gap.bySlot().forEach(slot -> chart.add(row(SkillsGapTable.slotLabel(slot, getLocale()),
				share(slot.minutes(), largest), value(table, slot.minutes(), slot.count()))));
		return chart;
	}

	private String value(SkillsGapTable table, long minutes, int count) {
		return getTranslation(table.valueKey, Durations.format(minutes, getLocale()), count);
	}

	private static <L> long largest(List<L> lines, ToLongFunction<L> minutes) {
		return lines.stream().mapToLong(minutes).max().orElse(0);
	}

	private static double share(long minutes, long largest) {
		return largest == 0 ? 0 : (double) minutes / largest;
	}

}
