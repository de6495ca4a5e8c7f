package fr.mosaic.portal.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import fr.mosaic.base.GroupSettingsService;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.portal.CalendarFeeds;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;

/**
 * A worker's private calendar feed: they make its address, copy it into their phone's calendar, and revoke or replace
 * it. Only the token's hash is kept, so the address shows once, right after it is made; replacing and revoking ask
 * first, since the phone then stops receiving the shifts.
 */
@Route("my-calendar")
@Menu(title = "portal.feed.title", order = 12, icon = "vaadin:link")
@RolesAllowed(AppRoles.WORKER)
class CalendarFeedView extends VerticalLayout implements HasDynamicTitle {

	/** Whether the worker has a feed, and since when. */
	final Paragraph status = new Paragraph();

	/** The new feed's address, shown once. */
	final TextField address = new TextField(getTranslation("portal.feed.address"));

	final Button copy = new Button(getTranslation("portal.feed.copy"));

	/** Makes the first address, or replaces the one there is. */
	final Button create = new Button();

	final Button revoke = new Button(getTranslation("portal.feed.revoke"));

	private final CalendarFeeds feeds;

	private final long workerId;

	private final ZoneId zone;

	CalendarFeedView(CalendarFeeds feeds, CurrentUser currentUser, GroupSettingsService settings) {
		this.feeds = feeds;
		this.workerId = currentUser.workerId().orElseThrow();
		this.zone = ZoneId.of(settings.get().getTimeZone());
		address.setReadOnly(true);
		address.setWidthFull();
		address.setId("portal-feed-address");
		copy.addClickListener(event -> {
			address.getElement().executeJs("navigator.clipboard.writeText($0)", address.getValue());
			ServiceCalls.success(getTranslation("portal.feed.copied"));
		});
		var shown = new HorizontalLayout(address, copy);
		shown.setWidthFull();
		shown.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		shown.expand(address);
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(event -> {
			if (feeds.issuedAt(workerId).isPresent()) {
				confirm("portal.feed.replaceTitle", "portal.feed.replaceText", "portal.feed.replace", this::issue);
			} else {
				issue();
			}
		});
		revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
		revoke.addClickListener(
				event -> confirm("portal.feed.revokeTitle", "portal.feed.revokeText", "portal.feed.revoke", () -> {
					feeds.revoke(workerId);
					address.clear();
					refresh();
				}));
		add(new H2(getTranslation("portal.feed.title")), new Paragraph(getTranslation("portal.feed.help")), status,
				shown, new HorizontalLayout(create, revoke));
		refresh();
	}

	private void issue() {
		var token = feeds.issue(workerId);
		var request = VaadinServletRequest.getCurrent();
		// the phone needs the whole address; the application knows its own through the request that made it
		var root = request == null
				? ""
				: ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
		address.setValue(root + CalendarFeeds.path(token));
		refresh();
	}

	private void confirm(String title, String text, String action, Runnable confirmed) {
		var dialog = new ConfirmDialog(getTranslation(title), getTranslation(text), getTranslation(action),
				event -> confirmed.run());
		dialog.setConfirmButtonTheme("error primary");
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("base.action.cancel"));
		dialog.open();
	}

	void refresh() {
		var issued = feeds.issuedAt(workerId);
		status.setText(issued
				.map(at -> getTranslation("portal.feed.active",
						DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
								.withLocale(getLocale()).format(at.atZone(zone))))
				.orElseGet(() -> getTranslation("portal.feed.none")));
		create.setText(getTranslation(issued.isPresent() ? "portal.feed.replace" : "portal.feed.create"));
		revoke.setEnabled(issued.isPresent());
		var shown = !address.getValue().isEmpty();
		address.setVisible(shown);
		copy.setVisible(shown);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("portal.feed.title");
	}

}
