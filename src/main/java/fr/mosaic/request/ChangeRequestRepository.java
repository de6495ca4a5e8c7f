package fr.mosaic.request;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

	List<ChangeRequest> findByWeekStartOrderById(LocalDate weekStart);

	List<ChangeRequest> findByMemberIdAndWeekStartBetweenOrderByWeekStartAscIdAsc(long memberId, LocalDate firstWeek,
			LocalDate lastWeek);

}
