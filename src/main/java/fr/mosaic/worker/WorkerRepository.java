package fr.mosaic.worker;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.base.MergingSave;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;

interface WorkerRepository extends JpaRepository<Worker, Long>, MergingSave<Worker> {

	@EntityGraph(value = Worker.WITH_COLLECTIONS, type = EntityGraphType.LOAD)
	Optional<Worker> findByCode(String code);

	@EntityGraph(value = Worker.WITH_COLLECTIONS, type = EntityGraphType.LOAD)
	Optional<Worker> findWithCollectionsById(Long id);

	/** The workers of a grid page with the skills it lists. */
	@EntityGraph(attributePaths = "skills", type = EntityGraphType.LOAD)
	List<Worker> findWithSkillsByIdInOrderByName(Collection<Long> ids);

	List<Worker> findByNameContainingIgnoreCaseOrCodeContainingIgnoreCaseOrderByName(String name, String code,
			Pageable pageable);

	long countByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(String name, String code);

	@EntityGraph(value = Worker.WITH_COLLECTIONS, type = EntityGraphType.LOAD)
	List<Worker> findAllByOrderById();

	long countByPreferredMembersContainsOrExcludedMembersContainsOrExcludedByMembersContainsOrContractMembersContains(
			Member preferred, Member excluded, Member excludedBy, Member inContract);

	long countBySkillsContains(Skill skill);

	long countByContractSitesContains(Site site);

}
