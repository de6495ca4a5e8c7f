package fr.mosaic.base.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The shell around every screen: the side navigation, built from the menu registry, and the logout button. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

	MainLayout(AuthenticationContext authentication) {
		var title = new Span(getTranslation("app.name"));
		title.addClassName("mosaic-app-title");
		var user = new Span(authentication.getPrincipalName().orElse(""));
		var logout = new Button(getTranslation("app.logout"), event -> authentication.logout());
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		logout.setId("logout");
		var header = new HorizontalLayout(new DrawerToggle(), title, user, logout);
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.expand(title);
		header.getStyle().set("padding-right", "var(--lumo-space-m)");
		addToNavbar(header);
		addToDrawer(navigation());
		setPrimarySection(Section.DRAWER);
	}

	private SideNav navigation() {
		var nav = new SideNav();
		MenuConfiguration.getMenuEntries().forEach(entry -> {
			var item = new SideNavItem(getTranslation(entry.title()), entry.path());
			if (entry.icon() != null) {
				item.setPrefixComponent(new Icon(entry.icon()));
			}
			nav.addItem(item);
		});
		return nav;
	}

}
