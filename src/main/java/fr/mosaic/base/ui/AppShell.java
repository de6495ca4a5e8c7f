package fr.mosaic.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * The application's page settings. Server push lets a screen show what happens on other threads as it happens: the
 * solver's better plans on the week plan screen.
 */
@Push
public class AppShell implements AppShellConfigurator {
}
