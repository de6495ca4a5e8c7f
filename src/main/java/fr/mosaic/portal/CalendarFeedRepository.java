package fr.mosaic.portal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

}
