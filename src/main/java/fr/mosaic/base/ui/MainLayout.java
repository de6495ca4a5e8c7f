package fr.mosaic.base.ui;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

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
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The shell around every screen: the side navigation, built from the menu registry, and the logout button. Kept from
 * screen to screen, so it follows a change of the UI's language itself.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements LocaleChangeObserver {

	private final SideNav nav = new SideNav();

	private final Span title = new Span();

	private final Button logout = new Button();

	MainLayout(AuthenticationContext authentication) {
		title.addClassName("mosaic-app-title");
		var user = new Span(authentication.getPrincipalName().orElse(""));
		logout.addClickListener(event -> authentication.logout());
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		logout.setId("logout");
		var header = new HorizontalLayout(new DrawerToggle(), title, user, logout);
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.expand(title);
		header.getStyle().set("padding-right", "var(--lumo-space-m)");
		addToNavbar(header);
		addToDrawer(nav);
		setPrimarySection(Section.DRAWER);
		localeChange(null);
	}

	@Override
	public void localeChange(@Nullable LocaleChangeEvent event) {
		title.setText(getTranslation("app.name"));
		logout.setText(getTranslation("app.logout"));
		nav.removeAll();
		MenuConfiguration.getMenuEntries().forEach(entry -> {
			var item = new SideNavItem(getTranslation(entry.title()), entry.path());
			if (entry.icon() != null) {
				item.setPrefixComponent(new Icon(entry.icon()));
			}
			nav.addItem(item);
		});
	}

}
