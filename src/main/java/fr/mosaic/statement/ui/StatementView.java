package fr.mosaic.statement.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.Durations;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.statement.MonthlyStatement;
import fr.mosaic.statement.MonthlyStatement.Line;
import fr.mosaic.statement.StatementCsv;
import fr.mosaic.statement.StatementService;

/**
 * A month's statement of a member: the hours each worker worked at each of its sites in the published weeks, with the
 * CSV file to download. A member sees its own; the coordinator chooses the member. The month is one of the
 * {@value #MONTHS_BACK} before the current one, or the current one.
 */
@Route("statement")
@Menu(title = "statement.title", order = 70, icon = "vaadin:file-table")
@RolesAllowed({ AppRoles.COORDINATOR, AppRoles.MEMBER })
class StatementView extends VerticalLayout implements HasDynamicTitle {

	static final int MONTHS_BACK = 12;

	/** The coordinator's choice of member; a member's screen hides it. */
	final ComboBox<Member> member = new ComboBox<>(getTranslation("statement.member"));

	final Select<YearMonth> month = new Select<>();

	final Grid<Line> grid = new Grid<>();

	/** The month's total, that there is none, or that a member must be chosen. */
	final Paragraph summary = new Paragraph();

	final Anchor download;

	private final StatementService statements;

	// read by the download's request, outside the UI's lock: replaced whole, never changed
	private volatile @Nullable MonthlyStatement statement;

	StatementView(StatementService statements, MemberService members, CurrentUser currentUser, Clock clock) {
		this.statements = statements;
		var current = YearMonth.now(clock);
		month.setLabel(getTranslation("statement.month"));
		month.setItems(Stream.iterate(current, m -> m.minusMonths(1)).limit(MONTHS_BACK + 1L).toList());
		month.setItemLabelGenerator(m -> DateText.month(m, getLocale()));
		month.setValue(current);
		member.setItemLabelGenerator(Member::getName);
		var own = currentUser.memberId();
		if (own.isPresent()) {
			var mine = members.get(own.get());
			member.setItems(mine);
			member.setValue(mine);
			member.setVisible(false);
		} else {
			member.setItems(members.findAll());
		}
		grid.addColumn(Line::workerName).setHeader(getTranslation("statement.worker")).setFlexGrow(2);
		grid.addColumn(Line::siteName).setHeader(getTranslation("statement.site")).setFlexGrow(2);
		grid.addColumn(line -> Durations.format(line.minutes(), getLocale()))
				.setHeader(getTranslation("statement.hours"));
		download = new Anchor(DownloadHandler.fromInputStream(event -> {
			var shown = Objects.requireNonNull(statement);
			var bytes = StatementCsv.write(shown).getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes),
					"mosaic-statement-" + shown.memberCode() + "-" + shown.month() + ".csv", "text/csv", bytes.length);
		}), getTranslation("statement.download"));
		month.addValueChangeListener(event -> refresh());
		member.addValueChangeListener(event -> refresh());
		setSizeFull();
		add(new H2(getTranslation("statement.title")), new HorizontalLayout(member, month), summary, grid, download);
		refresh();
	}

	void refresh() {
		var chosen = member.getValue();
		statement = chosen == null ? null : statements.memberStatement(chosen.getId(), month.getValue());
		var shown = statement;
		grid.setItems(shown == null ? List.of() : shown.lines());
		boolean hours = shown != null && !shown.lines().isEmpty();
		grid.setVisible(hours);
		download.setVisible(hours);
		summary.setText(shown == null
				? getTranslation("statement.choose")
				: hours
						? getTranslation("statement.total", Durations.format(shown.totalMinutes(), getLocale()),
								shown.lines().stream().map(Line::workerCode).distinct().count())
						: getTranslation("statement.none"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("statement.title");
	}

}
