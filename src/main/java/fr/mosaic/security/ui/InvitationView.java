package fr.mosaic.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.mosaic.base.RefusedException;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.security.UserAccountService;

/**
 * Where an invitation link leads: the invitee chooses a password, which opens the account and uses the link up, then
 * logs in. A used, expired or unknown link says so and offers nothing.
 */
@Route(value = InvitationView.PATH, autoLayout = false)
@AnonymousAllowed
public final class InvitationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	/** The link is this path, a slash and the token. */
	public static final String PATH = "invitation";

	final Paragraph message = new Paragraph();

	final NewPasswordFields password = new NewPasswordFields();

	final Button submit = new Button(getTranslation("security.invitation.submit"));

	private final UserAccountService accounts;

	private String token = "";

	InvitationView(UserAccountService accounts) {
		this.accounts = accounts;
		setAlignItems(Alignment.CENTER);
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.addClickListener(event -> submit());
		add(new H1(getTranslation("app.name")), message, password, submit);
	}

	@Override
	public void setParameter(BeforeEvent event, String token) {
		this.token = token;
		var username = accounts.invitedUsername(token);
		message.setText(username.map(name -> getTranslation("security.invitation.welcome", name))
				.orElseGet(() -> getTranslation("security.invitation.invalid")));
		password.setVisible(username.isPresent());
		submit.setVisible(username.isPresent());
	}

	private void submit() {
		password.value().ifPresent(value -> {
			try {
				accounts.acceptInvitation(token, value);
			} catch (RefusedException ex) {
				ServiceCalls.refused(this, ex);
				return;
			}
			getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of(LoginView.PASSWORD_SET, "")));
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.invitation.title");
	}

}
