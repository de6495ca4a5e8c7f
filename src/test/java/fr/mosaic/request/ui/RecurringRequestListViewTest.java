package fr.mosaic.request.ui;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.RegisterFixtures;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.RecurringRequest;
import fr.mosaic.request.RecurringWindow;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.SkillService;

@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class RecurringRequestListViewTest extends SpringBrowserlessTest {

	@Autowired
	MemberService members;

	@Autowired
	SkillService skills;

	@Autowired
	RequestService requests;

	@Test
	void storedRecurringRequestIsEditedWithItsWindowsAndReadBack() {
		var recurring = RegisterFixtures.recurring(members.save(member("EDIT-RRM1", "Crèche des Lilas")),
				skills.save(skill("EDIT-RRK1", "Puériculture")));
		var id = requests.saveRecurring(recurring).getId();

		navigate(RecurringRequestListView.class);
		test($(TextField.class).first()).setValue("Crèche des Lilas");
		test(grid()).select(0);
		var form = $(RecurringRequestForm.class).single();
		assertThat(form.terms.member.getValue().getCode()).isEqualTo("EDIT-RRM1");
		test(form.terms.count).setValue(2);
		var lastDay = recurring.getFirstDay().plusMonths(6);
		test(form.lastDay).setValue(lastDay);
		var row = (DayTimeRow) form.windows.rows().getFirst();
		row.to.setValue(LocalTime.of(13, 0));
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("request.recurring.list.saved"));
		var read = requests.getRecurring(id);
		assertThat(read.getCount()).isEqualTo(2);
		assertThat(read.getLastDay()).isEqualTo(lastDay);
		assertThat(read.getWindows())
				.containsExactly(new RecurringWindow(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
	}

	@SuppressWarnings("unchecked")
	private Grid<RecurringRequest> grid() {
		return $(Grid.class).single();
	}

	private static String message(String key) {
		return Translations.translate(key, UI.getCurrent().getLocale());
	}

}
