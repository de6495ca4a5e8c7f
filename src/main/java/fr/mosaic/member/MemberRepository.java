package fr.mosaic.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.base.MergingSave;

interface MemberRepository extends JpaRepository<Member, Long>, MergingSave<Member> {

	@EntityGraph(attributePaths = "sites")
	Optional<Member> findByCode(String code);

	@EntityGraph(attributePaths = "sites")
	Optional<Member> findWithSitesById(Long id);

	List<Member> findByNameContainingIgnoreCaseOrCodeContainingIgnoreCaseOrderByName(String name, String code,
			Pageable pageable);

	long countByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(String name, String code);

	@EntityGraph(attributePaths = "sites")
	List<Member> findAllByOrderById();

}
