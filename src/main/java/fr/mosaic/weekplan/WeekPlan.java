package fr.mosaic.weekplan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.BaseEntity;

/** All shifts of one ISO week with their assignments, the score they reached and whether the week is published. */
@Entity
@Table(name = "week_plan")
public class WeekPlan extends BaseEntity {

	private LocalDate weekStart;

	@Enumerated(EnumType.STRING)
	private WeekPlanState state = WeekPlanState.DRAFT;

	@Size(max = 80, message = "{weekplan.plan.score.size}")
	private @Nullable String score;

	private boolean feasible;

	@Size(max = 100, message = "{weekplan.plan.publishedBy.size}")
	private @Nullable String publishedBy;

	// the group's wall-clock time (the Clock bean's zone)
	private @Nullable LocalDateTime publishedAt;

	@OneToMany(mappedBy = "weekPlan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<PlannedShift> shifts = new ArrayList<>();

	// While the week is reopened: the score and shifts it was published with, brought back if the corrections are
	// discarded; null and empty otherwise.
	@Size(max = 80, message = "{weekplan.plan.score.size}")
	private @Nullable String publishedScore;

	@Valid
	@ElementCollection
	@CollectionTable(name = "published_shift", joinColumns = @JoinColumn(name = "week_plan_id"))
	private List<PublishedShift> publishedShifts = new ArrayList<>();

	protected WeekPlan() {
		this(LocalDate.EPOCH);
	}

	public WeekPlan(LocalDate weekStart) {
		this.weekStart = weekStart;
	}

	public LocalDate getWeekStart() {
		return weekStart;
	}

	public WeekPlanState getState() {
		return state;
	}

	public @Nullable String getScore() {
		return score;
	}

	public boolean isFeasible() {
		return feasible;
	}

	/** Who last published the week: their login; null if it never was. */
	public @Nullable String getPublishedBy() {
		return publishedBy;
	}

	/** When the week was last published, on the group's wall clock; null if it never was. */
	public @Nullable LocalDateTime getPublishedAt() {
		return publishedAt;
	}

	/** A draft that was published and is being corrected: its shifts carry the assignments it was published with. */
	public boolean isReopened() {
		return state == WeekPlanState.DRAFT && publishedAt != null;
	}

	void published(String by, LocalDateTime at) {
		state = WeekPlanState.PUBLISHED;
		publishedBy = by;
		publishedAt = at;
		forgetPublishedPlan();
	}

	/**
	 * Back to a draft whose shifts remember the published assignments as their baseline; the published plan itself is
	 * kept aside, for {@link #publishedShifts()}.
	 */
	void reopen() {
		state = WeekPlanState.DRAFT;
		shifts.forEach(PlannedShift::keepAsBaseline);
		publishedScore = score;
		publishedShifts.clear();
		shifts.forEach(shift -> publishedShifts.add(new PublishedShift(shift)));
	}

	/** The shifts a reopened week was published with, as new shifts; empty for any other week. */
	List<PlannedShift> publishedShifts() {
		return publishedShifts.stream().map(PublishedShift::restore).toList();
	}

	/** The score a reopened week was published with; null for any other week. */
	@Nullable
	String publishedScore() {
		return publishedScore;
	}

	/**
	 * A reopened week published again as it was, once its {@link #publishedShifts()} and {@link #publishedScore()} are
	 * back: by the same person at the same time.
	 */
	void republishedAsItWas() {
		state = WeekPlanState.PUBLISHED;
		forgetPublishedPlan();
	}

	private void forgetPublishedPlan() {
		publishedScore = null;
		publishedShifts.clear();
	}

	public List<PlannedShift> getShifts() {
		return shifts;
	}

	/** Replaces every shift and the score, as one solver run or one import does. */
	public void replaceShifts(Collection<PlannedShift> newShifts, @Nullable String newScore, boolean newFeasible) {
		shifts.clear();
		newShifts.forEach(shift -> {
			shift.setWeekPlan(this);
			shifts.add(shift);
		});
		score = newScore;
		feasible = newFeasible;
	}

}
