package fr.mosaic.worker;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.base.MergingSave;
import fr.mosaic.member.Member;

interface WorkerRepository extends JpaRepository<Worker, Long>, MergingSave<Worker> {

	Optional<Worker> findByCode(String code);

	List<Worker> findByNameContainingIgnoreCaseOrCodeContainingIgnoreCaseOrderByName(String name, String code,
			Pageable pageable);

	long countByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(String name, String code);

	List<Worker> findAllByOrderById();

	long countByPreferredMembersContainsOrExcludedMembersContainsOrExcludedByMembersContains(Member preferred,
			Member excluded, Member excludedBy);

	long countBySkillsContains(Skill skill);

}
