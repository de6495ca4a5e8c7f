package fr.mosaic.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import fr.mosaic.AccountFixtures;
import fr.mosaic.security.ui.AccessDeniedView;
import fr.mosaic.security.ui.NotFoundView;

/**
 * The register, requests, planning, analyses and accounts screens are the coordinator's: the server refuses them to
 * members and workers, who get the application's refusal page instead, and whose menus show their own screens only.
 */
@SpringBootTest
class CoordinatorScreensAccessTest extends SpringBrowserlessTest {

	@Autowired
	AccountFixtures fixtures;

	static final String[] ROUTES = { "", "members", "workers", "skills", "requests", "recurring-requests",
			"import-export", "dashboard", "skills-gap", "consolidation", "accounts", "what-if" };

	@Test
	@WithMockUser(roles = AppRoles.MEMBER)
	void memberReachesNoCoordinatorScreen() {
		assertEveryRouteRefused(ROUTES);
	}

	@Test
	@WithMockUser(username = "menu-member", roles = AppRoles.MEMBER)
	void memberSeesOnlyItsOwnScreensInTheMenu() {
		fixtures.member("menu-member", "MENU-M1");

		assertMenuIs(RoleHomes.MEMBER, "my-schedule", "statement", RoleHomes.ACCOUNT);
	}

	@Test
	@WithMockUser(username = "menu-worker", roles = AppRoles.WORKER)
	void workerSeesOnlyTheirOwnScreensInTheMenu() {
		fixtures.worker("menu-worker", "MENU-W1");

		assertMenuIs(RoleHomes.WORKER, "my-unavailability", "my-calendar", RoleHomes.ACCOUNT);
	}

	private static void assertMenuIs(String... routes) {
		assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
				.containsExactly(Arrays.stream(routes).map(route -> "/" + route).toArray(String[]::new));
	}

	@Test
	@WithMockUser(roles = AppRoles.WORKER)
	void workerReachesNoCoordinatorScreen() {
		assertEveryRouteRefused(ROUTES);
	}

	@Test
	@WithMockUser(roles = AppRoles.WORKER)
	void workerReachesNoMemberScreen() {
		assertEveryRouteRefused(RoleHomes.MEMBER, "my-schedule", "statement");
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void coordinatorReachesEveryScreen() {
		for (var route : ROUTES) {
			UI.getCurrent().navigate(route);
			assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(route)
					.anyMatch(target -> target.getClass().getSimpleName().endsWith("View"))
					.noneMatch(target -> target instanceof AccessDeniedView || target instanceof NotFoundView);
		}
	}

	/** Each route shows the application's refusal, and nothing of the screen itself. */
	private void assertEveryRouteRefused(String... routes) {
		for (var route : routes) {
			UI.getCurrent().navigate(route);
			assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(route).first()
					.isInstanceOf(AccessDeniedView.class);
		}
	}

}
