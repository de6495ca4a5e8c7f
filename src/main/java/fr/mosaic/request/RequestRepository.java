package fr.mosaic.request;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.base.MergingSave;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.worker.Skill;

interface RequestRepository extends JpaRepository<Request, Long>, MergingSave<Request> {

	List<Request> findByWeekStartOrderById(LocalDate weekStart);

	boolean existsByWeekStartAndRecurringRequest(LocalDate weekStart, RecurringRequest recurringRequest);

	long countByMember(Member member);

	long countBySite(Site site);

	long countBySkill(Skill skill);

	long countByRecurringRequest(RecurringRequest recurringRequest);

}
