package fr.mosaic.request.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;

import fr.mosaic.base.ui.BeanLevelValidator;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.base.ui.EntityBinder;
import fr.mosaic.base.ui.EntityForm;
import fr.mosaic.base.ui.RowsField;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.Member;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestWindow;
import fr.mosaic.request.SkippedTime;
import fr.mosaic.worker.Skill;

/**
 * Edits one week's request and its windows (a weekday between two times of that week). A week already over is refused:
 * its plan is history, and a request there would never be scheduled. So is a window at a time the group's clocks skip,
 * as the service would refuse it.
 */
final class RequestForm extends EntityForm<Request> {

	final TextField code = new TextField();

	final WeekField weekStart = new WeekField(getTranslation("request.form.weekStart"));

	final RowsField<DayTime> windows;

	private final EntityBinder<Request> binder = new EntityBinder<>(Request.class);

	final TermsFields<Request> terms = new TermsFields<>(binder);

	/**
	 * A fixed slot (true): one window, which is the block, so the block's length follows the window and there is one; a
	 * flexible need (false): blocks of a length, as many as asked, within the windows.
	 */
	final RadioButtonGroup<Boolean> fixedSlot = new RadioButtonGroup<>();

	/** For a member's request of a published week, instead of Save: the change goes to the coordinator. */
	final Button askChange = new Button();

	final Paragraph publishedNote = new Paragraph();

	private LocalDate editedWeek = LocalDate.MIN;

	private @Nullable Long editedId;

	// the coordinator edits any week; a member's form switches to asking once a week is published
	private Predicate<LocalDate> isPublished = week -> false;

	/**
	 * @param isOver the service's rule: whether a week is over
	 * @param skippedTime the service's rule: the first window bound at a time the group's clocks skip, if any
	 */
	RequestForm(Predicate<LocalDate> isOver, Function<List<RequestWindow>, Optional<SkippedTime>> skippedTime) {
		code.setLabel(getTranslation("request.form.code"));
		windows = new RowsField<>(getTranslation("request.form.windows"), getTranslation("request.form.windows.add"),
				DayTimeRow::new);
		binder.forField(code).bind("code");
		binder.forField(weekStart).withValidator(week -> week == null || !isOver.test(week),
				getTranslation("request.form.weekStart.past")).bind("weekStart");
		binder.forField(windows)
				.withValidator(rows -> windows.allRowsComplete(), getTranslation("base.rows.incomplete"))
				.withConverter(rows -> rows.stream().map(this::toWindow).toList(),
						stored -> stored.stream().map(Windows::of).toList())
				.withValidator((value, context) -> skippedTime.apply(value)
						.map(skipped -> ValidationResult.error(skippedMessage(skipped))).orElse(ValidationResult.ok()))
				.bind("windows");
		// the windows' rule here names the window too short; the entity keeps its general message
		binder.withValidator(Windows.holdABlock(windows::getValue));
		binder.withValidator(
				new BeanLevelValidator(Request.class, "weekStartMonday", "siteOfMember", "distinctDaysEnough"));
		binder.setStatusLabel(status);
		askChange.setText(getTranslation("request.change.ask"));
		askChange.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		askChange.setVisible(false);
		publishedNote.setText(getTranslation("request.mine.publishedNote"));
		publishedNote.setVisible(false);
		weekStart.addValueChangeListener(event -> showPublished());
		fixedSlot.setLabel(getTranslation("request.form.kind"));
		fixedSlot.setItems(true, false);
		fixedSlot.setItemLabelGenerator(
				fixed -> getTranslation(fixed ? "request.form.kind.fixed" : "request.form.kind.flexible"));
		fixedSlot.setValue(false);
		// the coordinator's form says how many blocks of how long, whatever the windows
		fixedSlot.setVisible(false);
		fixedSlot.addValueChangeListener(event -> showKind());
		windows.addValueChangeListener(event -> fitBlockToSlot());
		// ids for the browser journeys, as the other forms'
		fixedSlot.setId("request-kind");
		terms.site.setId("request-site");
		terms.skill.setId("request-skill");
		terms.durationMinutes.setId("request-duration");
		terms.count.setId("request-count");
		terms.distinctDays.setId("request-distinct-days");
		windows.add.setId("request-window-add");
		var buttons = buttons();
		buttons.addComponentAsFirst(askChange);
		add(new FormLayout(code, weekStart), fixedSlot, terms, windows, publishedNote, status, buttons);
	}

	/**
	 * For a member's own requests: the member fixed ({@link TermsFields#fixMember}), no code (the service gives one), a
	 * fixed slot or a flexible need to choose ({@link #fixedSlot}), Delete says withdraw; a request of a published
	 * week, or a request moved to one, is not saved but asked of the coordinator ({@link #askChange}).
	 */
	void forMember(Member member, List<Skill> skills, Predicate<LocalDate> published) {
		terms.fixMember(member, skills);
		code.setVisible(false);
		binder.removeBinding(code);
		delete.setText(getTranslation("request.mine.withdraw"));
		fixedSlot.setVisible(true);
		isPublished = published;
	}

	private void showPublished() {
		var week = weekStart.getValue();
		var published = editedId != null && isPublished.test(editedWeek) || week != null && isPublished.test(week);
		askChange.setVisible(published);
		publishedNote.setVisible(published);
		save.setVisible(!published);
		delete.setVisible(editedId != null && !published);
	}

	/** The id of the request on the form; null for a new one. */
	@Nullable
	Long editedId() {
		return editedId;
	}

	private boolean isFixed() {
		return Boolean.TRUE.equals(fixedSlot.getValue());
	}

	private void showKind() {
		var fixed = isFixed();
		terms.count.setVisible(!fixed);
		terms.distinctDays.setVisible(!fixed);
		terms.durationMinutes.setReadOnly(fixed);
		fitBlockToSlot();
	}

	/** A fixed slot's block is its one window, once: its length in wall-clock minutes. */
	private void fitBlockToSlot() {
		var rows = windows.getValue();
		if (isFixed() && rows.size() == 1) {
			var window = toWindow(rows.getFirst());
			terms.durationMinutes.setValue((int) Duration.between(window.start(), window.end()).toMinutes());
			terms.count.setValue(1);
			terms.distinctDays.setValue(false);
		}
	}

	/** Whether the stored request is one block filling its one window. */
	private static boolean isFixedSlot(Request request) {
		var stored = request.getWindows();
		return request.getCount() == 1 && stored.size() == 1
				&& Duration.between(stored.getFirst().start(), stored.getFirst().end()).toMinutes() == request
						.getDurationMinutes();
	}

	/**
	 * The terms on the form, written to a request of their own, for a change asked of the coordinator; empty, with the
	 * errors shown, when they are not valid.
	 */
	Optional<Request> proposedTerms() {
		var proposed = new Request();
		return binder.writeBeanIfValid(proposed) ? Optional.of(proposed) : Optional.empty();
	}

	/** « Le 29 mars 2026 à 02:30 n'existe pas : on avance l'heure cette nuit-là », in the UI's locale. */
	private String skippedMessage(SkippedTime skipped) {
		return getTranslation("request.form.windows.skippedTime", DateText.day(skipped.time(), getLocale()),
				DayTime.time(skipped.time().toLocalTime()));
	}

	private RequestWindow toWindow(DayTime row) {
		// while the week field is cleared, the rows stay on the week of the request being edited
		return Windows.of(row, weekStart.getValue() == null ? editedWeek : weekStart.getValue());
	}

	void setChoices(List<Member> members, List<Skill> skills) {
		terms.setChoices(members, skills);
	}

	@Override
	protected void read(Request request) {
		editedWeek = request.getWeekStart();
		editedId = request.getId();
		binder.readBean(request);
		terms.useChoicesFor(request);
		fixedSlot.setValue(fixedSlot.isVisible() && isFixedSlot(request));
		showPublished();
	}

	@Override
	protected boolean writeIfValid(Request request) {
		if (isFixed() && windows.getValue().size() != 1) {
			status.setText(getTranslation("request.form.kind.oneWindow"));
			return false;
		}
		return binder.writeBeanIfValid(request);
	}

	static Request newRequest(LocalDate week) {
		var request = new Request();
		request.setWeekStart(week.with(DayOfWeek.MONDAY));
		return request;
	}

}
