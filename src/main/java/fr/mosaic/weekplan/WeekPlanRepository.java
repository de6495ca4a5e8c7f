package fr.mosaic.weekplan;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;

interface WeekPlanRepository extends JpaRepository<WeekPlan, Long> {

	Optional<WeekPlan> findByWeekStart(LocalDate weekStart);

	@EntityGraph(attributePaths = "shifts", type = EntityGraphType.LOAD)
	Optional<WeekPlan> findWithShiftsByWeekStart(LocalDate weekStart);

}
