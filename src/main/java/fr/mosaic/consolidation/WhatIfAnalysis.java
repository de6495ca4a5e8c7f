package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.BaseEntity;

/** A what-if a coordinator ran on a week, its result as JSON; never changed once stored. */
@Entity
@Table(name = "what_if_analysis")
class WhatIfAnalysis extends BaseEntity {

	static final int SUBJECT_LENGTH = 200;

	@Enumerated(EnumType.STRING)
	private WhatIfKind kind;

	private LocalDate weekStart;

	// what the analysis was about, for the list: the member that leaves, the hires proposed; null when nothing came of
	// it
	@Size(max = SUBJECT_LENGTH, message = "{consolidation.analysis.subject.size}")
	private @Nullable String subject;

	// the group's wall-clock time (the Clock bean's zone)
	private LocalDateTime createdAt;

	@NotBlank(message = "{consolidation.analysis.createdBy.required}")
	@Size(max = 100, message = "{consolidation.analysis.createdBy.size}")
	private String createdBy;

	private int solveSeconds;

	private long elapsedMillis;

	// MEDIUMTEXT: an amendments analysis of a large week keeps a few plans
	@NotBlank(message = "{consolidation.analysis.result.required}")
	@Size(max = 16_777_215, message = "{consolidation.analysis.result.size}")
	private String result;

	protected WhatIfAnalysis() {
		this(WhatIfKind.HIRING, LocalDate.EPOCH, null, LocalDateTime.MIN, "", 0, 0, "");
	}

	WhatIfAnalysis(WhatIfKind kind, LocalDate weekStart, @Nullable String subject, LocalDateTime createdAt,
			String createdBy, int solveSeconds, long elapsedMillis, String result) {
		this.kind = kind;
		this.weekStart = weekStart;
		this.subject = subject;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.solveSeconds = solveSeconds;
		this.elapsedMillis = elapsedMillis;
		this.result = result;
	}

	WhatIfKind getKind() {
		return kind;
	}

	LocalDate getWeekStart() {
		return weekStart;
	}

	@Nullable
	String getSubject() {
		return subject;
	}

	LocalDateTime getCreatedAt() {
		return createdAt;
	}

	String getCreatedBy() {
		return createdBy;
	}

	int getSolveSeconds() {
		return solveSeconds;
	}

	long getElapsedMillis() {
		return elapsedMillis;
	}

	String getResult() {
		return result;
	}

}
