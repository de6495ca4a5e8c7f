package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.mosaic.base.BaseEntity;

/** A what-if a coordinator ran on a week, its result as JSON; never changed once stored. */
@Entity
@Table(name = "what_if_analysis")
class WhatIfAnalysis extends BaseEntity {

	@Enumerated(EnumType.STRING)
	private WhatIfKind kind;

	private LocalDate weekStart;

	// what the analysis was about, for the list: the member that leaves, the hires proposed
	private String subject;

	// the group's wall-clock time (the Clock bean's zone)
	private LocalDateTime createdAt;

	private String createdBy;

	private int solveSeconds;

	private long elapsedMillis;

	private String result;

	protected WhatIfAnalysis() {
		this(WhatIfKind.HIRING, LocalDate.EPOCH, "", LocalDateTime.MIN, "", 0, 0, "");
	}

	WhatIfAnalysis(WhatIfKind kind, LocalDate weekStart, String subject, LocalDateTime createdAt, String createdBy,
			int solveSeconds, long elapsedMillis, String result) {
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
