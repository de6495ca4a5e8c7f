package fr.mosaic.weekplan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.mosaic.member.Member;
import fr.mosaic.worker.Worker;

/** Minutes a worker worked for a member in the weeks before a week: what continuity builds on. */
@Entity
@Table(name = "work_history")
public class WorkHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private LocalDate weekStart;

	@ManyToOne(optional = false)
	@JoinColumn(name = "worker_id")
	private Worker worker;

	@ManyToOne(optional = false)
	@JoinColumn(name = "member_id")
	private Member member;

	private int minutes;

	protected WorkHistory() {
		this(LocalDate.EPOCH, new Worker(), new Member(), 0);
	}

	public WorkHistory(LocalDate weekStart, Worker worker, Member member, int minutes) {
		this.weekStart = weekStart;
		this.worker = worker;
		this.member = member;
		this.minutes = minutes;
	}

	public LocalDate getWeekStart() {
		return weekStart;
	}

	public Worker getWorker() {
		return worker;
	}

	public Member getMember() {
		return member;
	}

	public int getMinutes() {
		return minutes;
	}

}
