package fr.mosaic.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

/**
 * Every screen that exists so far is the coordinator's: the server refuses it to members and workers, whose own screens
 * come later.
 */
@SpringBootTest
class CoordinatorScreensAccessTest extends SpringBrowserlessTest {

	static final String[] ROUTES = { "", "members", "workers", "skills", "requests", "recurring-requests",
			"import-export", "dashboard" };

	@Test
	@WithMockUser(roles = AppRoles.MEMBER)
	void memberReachesNoCoordinatorScreen() {
		assertEveryRouteRefused();
	}

	@Test
	@WithMockUser(roles = AppRoles.WORKER)
	void workerReachesNoCoordinatorScreen() {
		assertEveryRouteRefused();
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void coordinatorReachesEveryScreen() {
		for (var route : ROUTES) {
			UI.getCurrent().navigate(route);
			assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(route)
					.anyMatch(target -> target.getClass().getSimpleName().endsWith("View"));
		}
	}

	private void assertEveryRouteRefused() {
		for (var route : ROUTES) {
			UI.getCurrent().navigate(route);
			assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(route)
					.noneMatch(target -> target.getClass().getPackageName().startsWith("fr.mosaic")
							&& !target.getClass().getSimpleName().equals("LoginView"));
		}
	}

}
