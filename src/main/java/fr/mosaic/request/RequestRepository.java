package fr.mosaic.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.base.MergingSave;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.worker.Skill;

interface RequestRepository extends JpaRepository<Request, Long>, MergingSave<Request> {

	@EntityGraph(attributePaths = "windows", type = EntityGraphType.LOAD)
	List<Request> findByWeekStartOrderById(LocalDate weekStart);

	@EntityGraph(attributePaths = "windows", type = EntityGraphType.LOAD)
	List<Request> findByMemberIdAndWeekStartBetweenOrderByWeekStartAscIdAsc(long memberId, LocalDate firstWeek,
			LocalDate lastWeek);

	@EntityGraph(attributePaths = "windows", type = EntityGraphType.LOAD)
	Optional<Request> findWithWindowsById(Long id);

	boolean existsByWeekStartAndRecurringRequest(LocalDate weekStart, RecurringRequest recurringRequest);

	long countByMember(Member member);

	long countBySite(Site site);

	long countBySkill(Skill skill);

	long countByRecurringRequest(RecurringRequest recurringRequest);

}
