package fr.mosaic.request;

import static fr.mosaic.base.LabourLaw.MAX_DAILY_WORK_MINUTES;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import fr.mosaic.base.BaseEntity;
import fr.mosaic.interchange.ProblemLimits;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.worker.Skill;

/** What a one-off and a recurring request have in common: who needs what, where, and how many blocks of how long. */
@MappedSuperclass
public abstract class RequestTerms extends BaseEntity {

	/** Shifts one request may ask for in a week: as many as a problem file may carry, so the week can be exported. */
	public static final int MAX_COUNT = ProblemLimits.SHIFTS_PER_REQUEST;

	@NotNull(message = "{request.form.member.required}")
	@ManyToOne(optional = false)
	@JoinColumn(name = "member_id")
	private @Nullable Member member;

	@NotNull(message = "{request.form.site.required}")
	@ManyToOne(optional = false)
	@JoinColumn(name = "site_id")
	private @Nullable Site site;

	@NotNull(message = "{request.form.skill.required}")
	@ManyToOne(optional = false)
	@JoinColumn(name = "skill_id")
	private @Nullable Skill skill;

	// a block longer than a day's legal work could never be covered
	@Range(min = 15, max = MAX_DAILY_WORK_MINUTES, message = "{request.form.durationMinutes.range}")
	private int durationMinutes = 240;

	@Min(value = 1, message = "{request.form.count.range}")
	@Max(value = MAX_COUNT, message = "{request.form.count.range}")
	@Column(name = "shift_count")
	private int count = 1;

	@Min(value = 5, message = "{request.form.startStepMinutes.range}")
	@Max(value = 240, message = "{request.form.startStepMinutes.range}")
	private int startStepMinutes = 30;

	private boolean distinctDays;

	@NotNull
	@Enumerated(EnumType.STRING)
	private Priority priority = Priority.CONTRACTED;

	// the solver could never place more blocks than there are days to put them on
	@AssertTrue(message = "{request.form.count.distinctDays}")
	boolean isDistinctDaysEnough() {
		var days = windowDays();
		return !distinctDays || days == 0 || count <= days;
	}

	/** How many different days the windows start on. */
	abstract long windowDays();

	@AssertTrue(message = "{request.form.site.ofMember}")
	boolean isSiteOfMember() {
		return site == null || member == null || member.equals(site.getMember());
	}

	public @Nullable Member getMember() {
		return member;
	}

	public void setMember(@Nullable Member member) {
		this.member = member;
	}

	public @Nullable Site getSite() {
		return site;
	}

	public void setSite(@Nullable Site site) {
		this.site = site;
	}

	public @Nullable Skill getSkill() {
		return skill;
	}

	public void setSkill(@Nullable Skill skill) {
		this.skill = skill;
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(int durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public int getCount() {
		return count;
	}

	public void setCount(int count) {
		this.count = count;
	}

	public int getStartStepMinutes() {
		return startStepMinutes;
	}

	public void setStartStepMinutes(int startStepMinutes) {
		this.startStepMinutes = startStepMinutes;
	}

	public boolean isDistinctDays() {
		return distinctDays;
	}

	public void setDistinctDays(boolean distinctDays) {
		this.distinctDays = distinctDays;
	}

	public Priority getPriority() {
		return priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	/** Copies the terms onto another request, as a recurring request does for each week it produces. */
	void copyTermsTo(RequestTerms other) {
		other.member = member;
		other.site = site;
		other.skill = skill;
		other.durationMinutes = durationMinutes;
		other.count = count;
		other.startStepMinutes = startStepMinutes;
		other.distinctDays = distinctDays;
		other.priority = priority;
	}

}
