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

interface RecurringRequestRepository extends JpaRepository<RecurringRequest, Long>, MergingSave<RecurringRequest> {

	@EntityGraph(attributePaths = "windows", type = EntityGraphType.LOAD)
	List<RecurringRequest> findAllByOrderById();

	@EntityGraph(attributePaths = "windows", type = EntityGraphType.LOAD)
	List<RecurringRequest> findByMemberIdOrderById(long memberId);

	@EntityGraph(attributePaths = "windows", type = EntityGraphType.LOAD)
	Optional<RecurringRequest> findWithWindowsById(Long id);

	@EntityGraph(attributePaths = "windows", type = EntityGraphType.LOAD)
	List<RecurringRequest> findByFirstDayLessThanEqualAndLastDayGreaterThanEqualOrderById(LocalDate weekEnd,
			LocalDate weekStart);

	long countByMember(Member member);

	long countBySite(Site site);

	long countBySkill(Skill skill);

}
