package fr.mosaic.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.mosaic.request.RecurringAddition.LeftOutWindow;

/**
 * A request that repeats every week between two dates and produces that week's {@link Request}. The dates have no
 * default: whoever makes one says when it runs.
 */
@Entity
@Table(name = "recurring_request")
public class RecurringRequest extends RequestTerms {

	@NotNull(message = "{request.recurring.firstDay.required}")
	private @Nullable LocalDate firstDay;

	@NotNull(message = "{request.recurring.lastDay.required}")
	private @Nullable LocalDate lastDay;

	@Size(min = 1, message = "{request.form.windows.required}")
	@ElementCollection
	@CollectionTable(name = "recurring_request_window", joinColumns = @JoinColumn(name = "recurring_request_id"))
	@OrderColumn(name = "position")
	private List<RecurringWindow> windows = new ArrayList<>();

	@AssertTrue(message = "{request.recurring.period.invalid}")
	boolean isPeriodValid() {
		return firstDay == null || lastDay == null || !lastDay.isBefore(firstDay);
	}

	// A window of midnight ends at the end of its day (24:00).
	@AssertTrue(message = "{request.form.windows.invalid}")
	boolean isWindowsValid() {
		return windows.stream()
				.allMatch(w -> w.from().toSecondOfDay() / 60 + getDurationMinutes() <= w.endMinuteOfDay());
	}

	@Override
	long windowDays() {
		return windows.stream().map(RecurringWindow::day).distinct().count();
	}

	public @Nullable LocalDate getFirstDay() {
		return firstDay;
	}

	public void setFirstDay(@Nullable LocalDate firstDay) {
		this.firstDay = firstDay;
	}

	public @Nullable LocalDate getLastDay() {
		return lastDay;
	}

	public void setLastDay(@Nullable LocalDate lastDay) {
		this.lastDay = lastDay;
	}

	public List<RecurringWindow> getWindows() {
		return windows;
	}

	public void setWindows(List<RecurringWindow> windows) {
		this.windows = new ArrayList<>(windows);
	}

	/** The code of the requests it produces: {@code REC} and its id. */
	public String code() {
		return "REC" + getId();
	}

	/**
	 * The week's one-off request, with the windows whose day falls between the first and last day, laid on the group's
	 * clock ({@link RecurringWindow#on}); none if no window is left. A window the clocks going forward leave shorter
	 * than one shift, in elapsed minutes, is left out and given to {@code leftOut}.
	 */
	Optional<Request> requestFor(LocalDate weekStart, ZoneId zone, Consumer<LeftOutWindow> leftOut) {
		var request = new Request();
		copyTermsTo(request);
		request.setCode(code());
		request.setWeekStart(weekStart);
		request.setRecurringRequest(this);
		var weekWindows = new ArrayList<RequestWindow>();
		for (var weekly : windows) {
			var day = weekStart.with(weekly.day());
			if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
				continue;
			}
			var window = weekly.on(day, zone);
			var minutes = ClockChanges.elapsedMinutes(window.start(), window.end(), zone);
			if (minutes < getDurationMinutes()) {
				leftOut.accept(new LeftOutWindow(this, day, weekly, minutes));
			} else {
				weekWindows.add(window);
			}
		}
		request.setWindows(weekWindows);
		return weekWindows.isEmpty() ? Optional.empty() : Optional.of(request);
	}

}
