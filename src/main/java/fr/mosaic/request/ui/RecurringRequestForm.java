package fr.mosaic.request.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;

import fr.mosaic.base.ui.BeanLevelValidator;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.base.ui.EntityBinder;
import fr.mosaic.base.ui.EntityForm;
import fr.mosaic.base.ui.Pickers;
import fr.mosaic.base.ui.RowsField;
import fr.mosaic.member.Member;
import fr.mosaic.request.RecurringRequest;
import fr.mosaic.request.RecurringWindow;
import fr.mosaic.worker.Skill;

/** Edits a request that repeats every week between a first and a last day, on weekday windows. */
final class RecurringRequestForm extends EntityForm<RecurringRequest> {

	final DatePicker firstDay = Pickers.localize(new DatePicker());

	final DatePicker lastDay = Pickers.localize(new DatePicker());

	final RowsField<DayTime> windows;

	private final EntityBinder<RecurringRequest> binder = new EntityBinder<>(RecurringRequest.class);

	final TermsFields<RecurringRequest> terms = new TermsFields<>(binder);

	RecurringRequestForm() {
		firstDay.setLabel(getTranslation("request.recurring.firstDay"));
		lastDay.setLabel(getTranslation("request.recurring.lastDay"));
		windows = new RowsField<>(getTranslation("request.form.windows"), getTranslation("request.form.windows.add"),
				DayTimeRow::new);
		binder.forField(firstDay).bind("firstDay");
		binder.forField(lastDay).bind("lastDay");
		binder.forField(windows)
				.withValidator(rows -> windows.allRowsComplete(), getTranslation("base.rows.incomplete"))
				.withConverter(rows -> rows.stream().map(r -> new RecurringWindow(r.day(), r.from(), r.to())).toList(),
						stored -> stored.stream().map(Windows::of).toList())
				.bind("windows");
		// the windows' rule here names the window too short; the entity keeps its general message
		binder.withValidator(Windows.holdABlock(windows::getValue));
		binder.withValidator(
				new BeanLevelValidator(RecurringRequest.class, "periodValid", "siteOfMember", "distinctDaysEnough"));
		binder.setStatusLabel(status);
		add(terms, new FormLayout(firstDay, lastDay), windows, status, buttons());
	}

	void setChoices(List<Member> members, List<Skill> skills) {
		terms.setChoices(members, skills);
	}

	/** For a member's own recurring requests: see {@link TermsFields#fixMember}. */
	void forMember(Member member, List<Skill> skills) {
		terms.fixMember(member, skills);
		delete.setText(getTranslation("request.mine.withdraw"));
	}

	/** A new recurring request runs for a year from the coming Monday. */
	static RecurringRequest newRecurring(Clock clock) {
		var recurring = new RecurringRequest();
		var monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		recurring.setFirstDay(monday);
		recurring.setLastDay(monday.plusYears(1).minusDays(1));
		return recurring;
	}

	@Override
	protected void read(RecurringRequest recurring) {
		binder.readBean(recurring);
		terms.useChoicesFor(recurring);
	}

	@Override
	protected boolean writeIfValid(RecurringRequest recurring) {
		return binder.writeBeanIfValid(recurring);
	}

}
