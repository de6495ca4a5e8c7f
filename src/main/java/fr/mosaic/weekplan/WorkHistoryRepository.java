package fr.mosaic.weekplan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.member.Member;
import fr.mosaic.worker.Worker;

interface WorkHistoryRepository extends JpaRepository<WorkHistory, Long> {

	List<WorkHistory> findByWeekStartOrderById(LocalDate weekStart);

	long countByWorker(Worker worker);

	long countByMember(Member member);

}
