package fr.mosaic.base.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker.DateTimePickerI18n;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.timepicker.TimePicker.TimePickerI18n;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import fr.mosaic.base.Translations;

/**
 * Vaadin's date, time and date-time pickers and its upload in the UI's language, every text from the bundles
 * ({@code base.picker.*}, {@code base.upload.*}); Vaadin's own defaults are English. Each screen passes the fields it
 * makes through here. Weeks start on Monday in both languages, as the app plans ISO weeks; times are 24-hour in both
 * ({@code 14:30}), as {@link DayTime} writes them.
 */
public final class Pickers {

	/** Vaadin's number for Monday (0 is Sunday). */
	private static final int MONDAY = 1;

	private Pickers() {
	}

	public static <P extends DatePicker> P localize(P picker) {
		picker.setI18n(dateI18n(uiLocale()));
		return picker;
	}

	public static TimePicker localize(TimePicker picker) {
		var locale = uiLocale();
		picker.setLocale(timeLocale(locale));
		picker.setI18n(new TimePickerI18n().setBadInputErrorMessage(text("base.picker.badTime", locale)));
		return picker;
	}

	/** The date part as {@link #localize(DatePicker)}, the time part as {@link #localize(TimePicker)}. */
	public static DateTimePicker localize(DateTimePicker picker) {
		var locale = uiLocale();
		// the locale first: it sets the time format, then the date picker's own format overrides the date's
		picker.setLocale(timeLocale(locale));
		picker.setDatePickerI18n(dateI18n(locale));
		picker.setI18n(new DateTimePickerI18n().setDateLabel(text("base.picker.date", locale))
				.setTimeLabel(text("base.picker.time", locale))
				.setBadInputErrorMessage(text("base.picker.badDate", locale))
				.setIncompleteInputErrorMessage(text("base.picker.incomplete", locale)));
		return picker;
	}

	public static Upload localize(Upload upload) {
		upload.setI18n(uploadI18n(uiLocale()));
		return upload;
	}

	static DatePickerI18n dateI18n(Locale locale) {
		return new DatePickerI18n().setMonthNames(list("base.picker.monthNames", locale))
				.setWeekdays(list("base.picker.weekdays", locale))
				.setWeekdaysShort(list("base.picker.weekdaysShort", locale)).setFirstDayOfWeek(MONDAY)
				.setToday(text("base.picker.today", locale)).setCancel(text("base.picker.cancel", locale))
				.setDateFormat(text("base.picker.dateFormat", locale))
				.setBadInputErrorMessage(text("base.picker.badDate", locale));
	}

	static UploadI18N uploadI18n(Locale locale) {
		var uploading = new UploadI18N.Uploading().setStatus(new UploadI18N.Uploading.Status()
				.setConnecting(text("base.upload.connecting", locale)).setStalled(text("base.upload.stalled", locale))
				.setProcessing(text("base.upload.processing", locale)).setHeld(text("base.upload.held", locale)))
				.setRemainingTime(
						new UploadI18N.Uploading.RemainingTime().setPrefix(text("base.upload.remainingTime", locale))
								.setUnknown(text("base.upload.remainingTimeUnknown", locale)))
				.setError(new UploadI18N.Uploading.Error()
						.setServerUnavailable(text("base.upload.serverUnavailable", locale))
						.setUnexpectedServerError(text("base.upload.unexpectedServerError", locale))
						.setForbidden(text("base.upload.forbidden", locale))
						.setFileTooLarge(text("base.upload.fileTooLarge", locale)));
		return new UploadI18N()
				.setDropFiles(new UploadI18N.DropFiles().setOne(text("base.upload.dropFile", locale))
						.setMany(text("base.upload.dropFiles", locale)))
				.setAddFiles(new UploadI18N.AddFiles().setOne(text("base.upload.addFile", locale))
						.setMany(text("base.upload.addFiles", locale)))
				.setError(new UploadI18N.Error().setTooManyFiles(text("base.upload.tooManyFiles", locale))
						.setFileIsTooBig(text("base.upload.fileIsTooBig", locale))
						.setIncorrectFileType(text("base.upload.incorrectFileType", locale)))
				.setFile(new UploadI18N.File().setRetry(text("base.upload.retry", locale))
						.setStart(text("base.upload.start", locale)).setRemove(text("base.upload.remove", locale)))
				.setUploading(uploading).setUnits(list("base.upload.units", locale));
	}

	/** A locale of the UI's language whose times are 24-hour. */
	private static Locale timeLocale(Locale locale) {
		return Locale.forLanguageTag(text("base.picker.timeLocale", locale));
	}

	/** The UI's language; French, the first provided, outside a UI. */
	private static Locale uiLocale() {
		var ui = UI.getCurrent();
		return ui == null ? Translations.LOCALES.getFirst() : ui.getLocale();
	}

	private static String text(String key, Locale locale) {
		return Translations.translate(key, locale);
	}

	/** A comma-separated list of the bundles. */
	private static List<String> list(String key, Locale locale) {
		return Arrays.asList(text(key, locale).split(","));
	}

}
