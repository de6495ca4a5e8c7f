package fr.mosaic.worker;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.base.MergingSave;

interface SkillRepository extends JpaRepository<Skill, Long>, MergingSave<Skill> {

	Optional<Skill> findByCode(String code);

	List<Skill> findAllByOrderById();

	List<Skill> findAllByOrderByName();

	List<Skill> findByNameContainingIgnoreCaseOrCodeContainingIgnoreCaseOrderByName(String name, String code,
			Pageable pageable);

	long countByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(String name, String code);

}
