package fr.mosaic.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;

import tools.jackson.databind.JsonNode;

/**
 * The texts a screen puts before the user, read from the server's element tree: text nodes, and the properties and
 * attributes Vaadin's components show (labels, placeholders, helpers, headers, dialog texts, aria labels, and the i18n
 * objects of pickers and uploads). Hidden components count too: a form shown later is French as well.
 */
public final class ScreenTexts {

	private static final Set<String> SHOWN = Set.of("label", "placeholder", "helperText", "title", "aria-label",
			"accessibleName", "errorMessage", "header", "message", "text", "confirmText", "cancelText", "rejectText",
			"i18n");

	/** English words a French screen never holds; Vaadin's defaults and untranslated texts show them first. */
	private static final Pattern ENGLISH = Pattern.compile("\\b(today|cancel|drop|upload|save|delete|add|remove|edit|"
			+ "search|confirm|choose|file|files|week|hours|time|retry|start|stop|next|previous|clear|password|username|"
			+ "required|forgot|invalid|"
			+ "january|february|march|april|may|june|july|august|september|october|november|december|"
			+ "monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);

	/** A key the bundles lack, as {@link fr.mosaic.base.Translations} writes it. */
	private static final Pattern MISSING_KEY = Pattern.compile("![a-z]\\w*\\.[\\w.]+");

	private ScreenTexts() {
	}

	/** Every text under the component; under a UI, of its children: the layout around the screen and any dialog. */
	public static List<String> of(Component root) {
		var texts = new ArrayList<String>();
		(root instanceof UI ? root.getChildren() : Stream.of(root)).forEach(c -> collect(c.getElement(), texts));
		return texts;
	}

	/** The texts under the component that hold an English word or a missing key. */
	public static List<String> englishIn(Component root) {
		return of(root).stream().filter(text -> ENGLISH.matcher(text).find() || MISSING_KEY.matcher(text).find())
				.toList();
	}

	private static void collect(Element element, List<String> texts) {
		if (element.isTextNode()) {
			texts.add(element.getText());
			return;
		}
		element.getComponent().ifPresent(component -> texts.addAll(held(component)));
		element.getAttributeNames().filter(SHOWN::contains).map(element::getAttribute).forEach(texts::add);
		element.getPropertyNames().filter(SHOWN::contains)
				.forEach(name -> strings(element.getPropertyRaw(name)).forEach(texts::add));
		element.getChildren().forEach(child -> collect(child, texts));
	}

	/**
	 * What a component shows that its element does not hold until the browser has it: a grid's headers, and a date
	 * picker's calendar texts, Vaadin's English ones when none are set.
	 */
	private static List<String> held(Component component) {
		return switch (component) {
			case Grid<?> grid -> grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
			case DatePicker picker when picker.getI18n() == null -> List.of("Today", "Cancel");
			case DatePicker picker -> {
				var i18n = picker.getI18n();
				var texts = new ArrayList<String>();
				texts.addAll(i18n.getMonthNames());
				texts.addAll(i18n.getWeekdays());
				texts.addAll(i18n.getWeekdaysShort());
				texts.addAll(List.of(i18n.getToday(), i18n.getCancel(), i18n.getBadInputErrorMessage()));
				yield texts;
			}
			case Upload upload when upload.getI18n() == null -> List.of("Drop file here", "Upload File...");
			default -> List.of();
		};
	}

	/** A property's texts: itself, or every string inside a JSON value (its keys are no text). */
	private static Stream<String> strings(Object value) {
		if (value instanceof JsonNode json) {
			return json.isContainer() ? json.valueStream().flatMap(ScreenTexts::strings) : Stream.of(json.asString());
		}
		return Stream.of(String.valueOf(value));
	}

}
