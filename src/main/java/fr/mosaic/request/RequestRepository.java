package fr.mosaic.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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

	boolean existsByWeekStartAndCode(LocalDate weekStart, String code);

	/** The member the site belongs to, as stored; null for no such site. */
	@Query("select s.member.id from Site s where s.id = :siteId")
	@Nullable
	Long ownerOfSite(@Nullable Long siteId);

	/** The member by its id, for a change request a member makes. */
	@Query("select m from Member m where m.id = :memberId")
	Member getMemberReference(long memberId);

	long countByMember(Member member);

	long countBySite(Site site);

	long countBySkill(Skill skill);

	long countByRecurringRequest(RecurringRequest recurringRequest);

}
