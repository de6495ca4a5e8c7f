package fr.mosaic.member.ui;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.Translations;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.WorkerService;

@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class MemberListViewTest extends SpringBrowserlessTest {

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Test
	void newMemberWithSiteAppearsInGrid() {
		navigate(MemberListView.class);
		test($(Button.class).withText(message("member.list.add")).single()).click();
		var form = $(MemberForm.class).single();

		test(form.save).click();
		assertThat(form.name.getErrorMessage()).isEqualTo(message("base.name.required"));

		test(form.code).setValue("GRID-M1");
		test(form.name).setValue("Camping des Pins");
		test(form.sites.add).click();
		var site = form.sites.rows().getFirst();
		test(site.code).setValue("GRID-S1");
		test(site.name).setValue("Accueil");
		test(site.lat).setValue(43.3);
		test(site.lon).setValue(5.4);
		test(form.save).click();

		assertThat(form.isVisible()).isFalse();
		test($(TextField.class).first()).setValue("GRID-M1");
		var grid = test(grid());
		assertThat(grid.size()).isEqualTo(1);
		assertThat(grid.getRow(0).getName()).isEqualTo("Camping des Pins");
		assertThat(grid.getCellText(0, 2)).isEqualTo("1");
	}

	@Test
	void concurrentChangeIsReportedInsteadOfOverwritten() {
		var stored = members.save(member("CONFLICT-M1", "Mairie"));
		navigate(MemberListView.class);
		test($(TextField.class).first()).setValue("CONFLICT-M1");
		test(grid()).select(0);
		var form = $(MemberForm.class).single();

		var elsewhere = members.get(stored.getId());
		elsewhere.setName("Mairie annexe");
		members.save(elsewhere);

		test(form.name).setValue("Mairie centrale");
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("member.list.conflict"));
		assertThat(members.get(stored.getId()).getName()).isEqualTo("Mairie annexe");
	}

	@Test
	void deletingMemberThatWorkersPreferIsRefusedWithTheReason() {
		var stored = members.save(member("INUSE-M1", "Boulangerie"));
		var worker = worker("INUSE-MW1", "Inès Roux");
		worker.setPreferredMembers(List.of(stored));
		workers.save(worker);

		navigate(MemberListView.class);
		test($(TextField.class).first()).setValue("INUSE-M1");
		test(grid()).select(0);
		test($(MemberForm.class).single().delete).click();
		var dialog = $(ConfirmDialog.class).single();
		assertThat(test(dialog).getHeader()).contains("Boulangerie");
		test(dialog).confirm();

		var reason = Translations.translate("worker.reference.workers", UI.getCurrent().getLocale(), 1L);
		assertThat(test($(Notification.class).last()).getText())
				.isEqualTo(Translations.translate("base.delete.inUse", UI.getCurrent().getLocale(), reason));
		assertThat(members.findByCode("INUSE-M1")).isPresent();
	}

	@SuppressWarnings("unchecked")
	private Grid<Member> grid() {
		return $(Grid.class).single();
	}

	private static String message(String key) {
		return Translations.translate(key, UI.getCurrent().getLocale());
	}

}
