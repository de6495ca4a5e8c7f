package fr.mosaic.request.ui;

import java.util.function.BiPredicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import fr.mosaic.request.ChangeRequest;

/**
 * What a member asks the coordinator for a published week: its words, and whether the terms on its form go with them.
 * Send passes both on, and the dialog closes when the caller says it is done.
 */
final class ChangeRequestDialog extends Dialog {

	final TextArea message = new TextArea();

	final Checkbox withTerms = new Checkbox();

	final Button send = new Button();

	final Button cancel = new Button();

	/**
	 * @param onSend given the words and whether the form's terms go with them, once the words are not blank; whether
	 *        the dialog is done
	 */
	ChangeRequestDialog(BiPredicate<String, Boolean> onSend) {
		setHeaderTitle(getTranslation("request.change.title"));
		message.setLabel(getTranslation("request.change.message"));
		message.setMaxLength(ChangeRequest.MAX_MESSAGE);
		message.setWidthFull();
		withTerms.setLabel(getTranslation("request.change.withTerms"));
		withTerms.setValue(true);
		send.setText(getTranslation("request.change.send"));
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		cancel.setText(getTranslation("base.form.cancel"));
		send.addClickListener(event -> {
			if (message.getValue().isBlank()) {
				message.setErrorMessage(getTranslation("request.change.message.required"));
				message.setInvalid(true);
				return;
			}
			if (onSend.test(message.getValue(), withTerms.getValue())) {
				close();
			}
		});
		cancel.addClickListener(event -> close());
		add(new Paragraph(getTranslation("request.change.intro")), message, withTerms);
		getFooter().add(cancel, send);
		setWidth("32em");
	}

}
