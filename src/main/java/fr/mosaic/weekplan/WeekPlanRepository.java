package fr.mosaic.weekplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fr.mosaic.request.Request;
import fr.mosaic.worker.Worker;

interface WeekPlanRepository extends JpaRepository<WeekPlan, Long> {

	Optional<WeekPlan> findByWeekStart(LocalDate weekStart);

	@EntityGraph(attributePaths = "shifts", type = EntityGraphType.LOAD)
	Optional<WeekPlan> findWithShiftsByWeekStart(LocalDate weekStart);

	/** The plans of the weeks from the first Monday to the last, both included, with their shifts. */
	@EntityGraph(attributePaths = "shifts", type = EntityGraphType.LOAD)
	List<WeekPlan> findWithShiftsByWeekStartBetweenOrderByWeekStart(LocalDate first, LocalDate last);

	/** The first week from the Monday on that was ever published: published now, or reopened for correction. */
	Optional<WeekPlan> findFirstByWeekStartGreaterThanEqualAndPublishedAtNotNullOrderByWeekStart(LocalDate weekStart);

	// a reopened week also holds the shifts it was published with
	@Query("select count(*) from WeekPlan w join w.publishedShifts p where p.worker = :worker")
	long countPublishedShiftsOf(Worker worker);

	@Query("select count(*) from WeekPlan w join w.publishedShifts p where p.request = :request")
	long countPublishedShiftsOf(Request request);

}
