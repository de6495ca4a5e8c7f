package fr.mosaic.portal.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.GroupSettingsService;
import fr.mosaic.base.RefusedException;
import fr.mosaic.base.ui.Pickers;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.base.ui.TextLimits;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.Unavailability;
import fr.mosaic.worker.UnavailabilityDeclarations;

/**
 * A worker declares the periods they cannot work, sees their declarations and withdraws one before it begins. The
 * coordinator sees them on the planning board and in the worker's form, and solving keeps the worker out of them. The
 * service says what is wrong with a period (its end, a time passed, a time the clocks skip), shown under the fields. A
 * period declared over published shifts names them: they stay planned until the coordinator changes them.
 */
@Route("my-unavailability")
@Menu(title = "portal.unavailability.title", order = 11, icon = "vaadin:calendar-o")
@RolesAllowed(AppRoles.WORKER)
class UnavailabilityView extends VerticalLayout implements HasDynamicTitle {

	final DateTimePicker start = Pickers.localize(new DateTimePicker(getTranslation("portal.unavailability.start")));

	final DateTimePicker end = Pickers.localize(new DateTimePicker(getTranslation("portal.unavailability.end")));

	final TextField reason = new TextField(getTranslation("portal.unavailability.reason"));

	final Button declare = new Button(getTranslation("portal.unavailability.declare"));

	/** Why the period was refused; empty once one is declared. */
	final Paragraph error = new Paragraph();

	/** The published shifts the period just declared overlaps, which stay planned; empty when it overlaps none. */
	final Paragraph overlaps = new Paragraph();

	final Grid<Unavailability> grid = new Grid<>();

	/** That there is no declaration, when there is none. */
	final Paragraph none = new Paragraph(getTranslation("portal.unavailability.none"));

	private final UnavailabilityDeclarations declarations;

	private final WeekPlanService plans;

	private final long workerId;

	private final Clock clock;

	private final ZoneId zone;

	UnavailabilityView(UnavailabilityDeclarations declarations, WeekPlanService plans, CurrentUser currentUser,
			GroupSettingsService settings, Clock clock) {
		this.declarations = declarations;
		this.plans = plans;
		this.workerId = currentUser.workerId().orElseThrow();
		this.clock = clock;
		this.zone = ZoneId.of(settings.get().getTimeZone());
		BooleanSupplier reasonFits = TextLimits.limit(reason, Unavailability.class, "reason");
		declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		declare.addClickListener(event -> {
			if (reasonFits.getAsBoolean()) {
				declare();
			}
		});
		error.addClassName("portal-error");
		error.getStyle().set("color", "var(--lumo-error-text-color)");
		var form = new HorizontalLayout(start, end, reason, declare);
		form.setWrap(true);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		grid.addColumn(period -> text(period.start())).setHeader(getTranslation("portal.unavailability.start"));
		grid.addColumn(period -> text(period.end())).setHeader(getTranslation("portal.unavailability.end"));
		grid.addColumn(period -> period.reason() == null ? "" : period.reason())
				.setHeader(getTranslation("portal.unavailability.reason")).setFlexGrow(2);
		grid.addComponentColumn(this::withdrawButton);
		grid.setAllRowsVisible(true);
		add(new H2(getTranslation("portal.unavailability.title")),
				new Paragraph(getTranslation("portal.unavailability.help")), form, error, overlaps, none, grid);
		refresh();
	}

	private void declare() {
		error.setText("");
		overlaps.setText("");
		if (start.getValue() == null || end.getValue() == null) {
			error.setText(getTranslation("portal.unavailability.required"));
			return;
		}
		var from = start.getValue();
		var to = end.getValue();
		try {
			declarations.declare(workerId, from, to, reason.getValue());
		} catch (RefusedException ex) {
			error.setText(getTranslation(ex.key(), ex.args()));
			return;
		}
		var planned = plans.publishedShiftsOverlapping(workerId, from, to);
		if (!planned.isEmpty()) {
			// declaring changes no published week: the worker must know those shifts still count on them
			var dayFormat = DateTimeFormatter.ofPattern(getTranslation("portal.unavailability.shiftDay"), getLocale());
			overlaps.setText(getTranslation("portal.unavailability.overlaps", planned.size(),
					planned.stream().map(shift -> dayFormat.format(Objects.requireNonNull(shift.getStart())) + " "
							+ ShiftColumns.hours(shift)).collect(Collectors.joining(", "))));
		}
		start.clear();
		end.clear();
		reason.clear();
		ServiceCalls.success(getTranslation("portal.unavailability.declared"));
		refresh();
	}

	private Button withdrawButton(Unavailability period) {
		var withdraw = new Button(getTranslation("portal.unavailability.withdraw"), event -> confirmWithdraw(period));
		withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		withdraw.addClassName("withdraw");
		// a period under way is the coordinator's to change
		withdraw.setEnabled(period.start().isAfter(LocalDateTime.now(clock.withZone(zone))));
		return withdraw;
	}

	private void confirmWithdraw(Unavailability period) {
		var dialog = new ConfirmDialog(getTranslation("portal.unavailability.withdrawTitle"),
				getTranslation("portal.unavailability.withdrawText", text(period.start()), text(period.end())),
				getTranslation("portal.unavailability.withdraw"), event -> {
					ServiceCalls.attempt(this, "portal.unavailability.conflict",
							() -> declarations.withdraw(workerId, period));
					refresh();
				});
		dialog.setConfirmButtonTheme("error primary");
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("base.action.cancel"));
		dialog.open();
	}

	private String text(LocalDateTime time) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
				.format(time);
	}

	void refresh() {
		var declared = declarations.declaredBy(workerId);
		grid.setItems(declared);
		grid.setVisible(!declared.isEmpty());
		none.setVisible(declared.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("portal.unavailability.title");
	}

}
