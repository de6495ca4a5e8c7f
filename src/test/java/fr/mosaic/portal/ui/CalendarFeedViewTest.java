package fr.mosaic.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import fr.mosaic.AccountFixtures;
import fr.mosaic.portal.CalendarFeeds;
import fr.mosaic.security.AppRoles;

/**
 * The worker's calendar screen shows a new feed's address once, which reads the worker's calendar; replacing or
 * revoking it asks first, and the old address then reads nothing.
 */
@SpringBootTest
@WithMockUser(username = "calendar-worker", roles = AppRoles.WORKER)
class CalendarFeedViewTest extends SpringBrowserlessTest {

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	CalendarFeeds feeds;

	long workerId;

	CalendarFeedView view;

	@BeforeEach
	void open() {
		workerId = fixtures.worker("calendar-worker", "CAL-W1");
		feeds.revoke(workerId);
		view = navigate(CalendarFeedView.class);
	}

	@Test
	void aNewAddressIsShownOnceAndReadsTheCalendar() {
		assertThat(view.address.isVisible()).isFalse();
		assertThat(view.revoke.isEnabled()).isFalse();

		test(view.create).click();

		assertThat(view.address.isVisible()).isTrue();
		assertThat(feeds.calendar(token(view.address.getValue())))
				.hasValueSatisfying(calendar -> assertThat(calendar).startsWith("BEGIN:VCALENDAR"));
		assertThat(view.revoke.isEnabled()).isTrue();

		navigate(UnavailabilityView.class);
		assertThat(navigate(CalendarFeedView.class).address.isVisible()).as("shown only when made").isFalse();
	}

	@Test
	void replacingAndRevokingAskFirstAndStopTheOldAddress() {
		test(view.create).click();
		var first = token(view.address.getValue());

		test(view.create).click();
		confirm();
		var second = token(view.address.getValue());
		assertThat(second).isNotEqualTo(first);
		assertThat(feeds.calendar(first)).as("replaced").isEmpty();

		test(view.revoke).click();
		assertThat(feeds.calendar(second)).as("not before it is confirmed").isPresent();
		confirm();

		assertThat(feeds.calendar(second)).as("revoked").isEmpty();
		assertThat(view.address.isVisible()).isFalse();
		assertThat(view.revoke.isEnabled()).isFalse();
	}

	private void confirm() {
		var dialog = $(ConfirmDialog.class).last();
		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
		// the browser closes it
		dialog.close();
	}

	/** The token of an address, {@code …/calendar/TOKEN.ics}. */
	private static String token(String address) {
		var path = CalendarFeeds.path("");
		var start = address.indexOf(path.substring(0, path.length() - ".ics".length()));
		assertThat(start).as(address).isNotNegative();
		return address.substring(start + path.length() - ".ics".length(), address.length() - ".ics".length());
	}

}
