package fr.mosaic.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.base.MergingSave;

interface MemberRepository extends JpaRepository<Member, Long>, MergingSave<Member> {

	@EntityGraph(attributePaths = "sites", type = EntityGraphType.LOAD)
	Optional<Member> findByCode(String code);

	@EntityGraph(attributePaths = "sites", type = EntityGraphType.LOAD)
	Optional<Member> findWithSitesById(Long id);

	List<Member> findByNameContainingIgnoreCaseOrCodeContainingIgnoreCaseOrderByName(String name, String code,
			Pageable pageable);

	@EntityGraph(attributePaths = "sites", type = EntityGraphType.LOAD)
	List<Member> findWithSitesByIdInOrderByName(Collection<Long> ids);

	long countByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(String name, String code);

	@EntityGraph(attributePaths = "sites", type = EntityGraphType.LOAD)
	List<Member> findAllByOrderById();

}
