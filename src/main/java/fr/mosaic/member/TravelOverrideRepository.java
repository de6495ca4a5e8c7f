package fr.mosaic.member;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TravelOverrideRepository extends JpaRepository<TravelOverride, Long> {

	List<TravelOverride> findAllByOrderById();

}
