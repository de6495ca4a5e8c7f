package fr.mosaic.request;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A member's demand for one ISO week: {@code count} shifts of {@code durationMinutes} inside the windows. The week has
 * no default: whoever makes a request says which week it is for.
 */
@Entity
@Table(name = "request")
public class Request extends RequestTerms {

	@NotBlank(message = "{request.form.code.required}")
	@Size(max = 64, message = "{base.code.size}")
	@Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{base.code.pattern}")
	private String code = "";

	@NotNull(message = "{request.form.weekStart.required}")
	private @Nullable LocalDate weekStart;

	@Size(min = 1, message = "{request.form.windows.required}")
	@ElementCollection
	@CollectionTable(name = "request_window", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	private List<RequestWindow> windows = new ArrayList<>();

	@ManyToOne
	@JoinColumn(name = "recurring_request_id")
	private @Nullable RecurringRequest recurringRequest;

	@AssertTrue(message = "{request.form.weekStart.monday}")
	boolean isWeekStartMonday() {
		return weekStart == null || weekStart.getDayOfWeek() == DayOfWeek.MONDAY;
	}

	// Without a week (its own error), only the windows' lengths can be judged.
	@AssertTrue(message = "{request.form.windows.invalid}")
	boolean isWindowsValid() {
		return windows.stream()
				.allMatch(w -> !w.start().plusMinutes(getDurationMinutes()).isAfter(w.end())
						&& (weekStart == null || !w.start().isBefore(weekStart.atStartOfDay())
								&& !w.end().isAfter(weekStart.plusDays(7).atStartOfDay())));
	}

	@Override
	long windowDays() {
		return windows.stream().map(w -> w.start().toLocalDate()).distinct().count();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public @Nullable LocalDate getWeekStart() {
		return weekStart;
	}

	public void setWeekStart(@Nullable LocalDate weekStart) {
		this.weekStart = weekStart;
	}

	public List<RequestWindow> getWindows() {
		return windows;
	}

	public void setWindows(List<RequestWindow> windows) {
		this.windows = new ArrayList<>(windows);
	}

	public @Nullable RecurringRequest getRecurringRequest() {
		return recurringRequest;
	}

	void setRecurringRequest(@Nullable RecurringRequest recurringRequest) {
		this.recurringRequest = recurringRequest;
	}

	public int requestedMinutes() {
		return getCount() * getDurationMinutes();
	}

}
