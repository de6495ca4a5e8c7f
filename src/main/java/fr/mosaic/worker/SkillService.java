package fr.mosaic.worker;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.base.RefusedException;
import fr.mosaic.base.RegisterService;
import fr.mosaic.security.Access;
import fr.mosaic.security.AppRoles;

@PreAuthorize(Access.COORDINATORS)
@Service
@Validated
public class SkillService implements RegisterService<Skill> {

	private final SkillRepository skills;

	private final List<ReferenceCheck<Skill>> checks;

	SkillService(SkillRepository skills, List<ReferenceCheck<Skill>> checks) {
		this.skills = skills;
		this.checks = checks;
	}

	@Transactional(readOnly = true)
	public List<Skill> findAll() {
		return skills.findAllByOrderById();
	}

	/** By name; members read them too, to say what their requests need. */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS + " or hasRole('" + AppRoles.MEMBER + "')")
	public List<Skill> findAllByName() {
		return skills.findAllByOrderByName();
	}

	@Transactional(readOnly = true)
	@Override
	public List<Skill> find(String filter, Pageable pageable) {
		return skills.findByNameContainingIgnoreCaseOrCodeContainingIgnoreCaseOrderByName(filter, filter, pageable);
	}

	@Transactional(readOnly = true)
	@Override
	public long count(String filter) {
		return skills.countByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(filter, filter);
	}

	@Transactional(readOnly = true)
	@Override
	public Skill get(long id) {
		return skills.findById(id).orElseThrow(() -> new NoSuchElementException("skill " + id));
	}

	@Transactional(readOnly = true)
	public Optional<Skill> findByCode(String code) {
		return skills.findByCode(code);
	}

	/**
	 * Stores the skill, whose name no other skill may bear ({@link Skill#isNamed}).
	 *
	 * @throws RefusedException {@code worker.skill.nameTaken}, naming the name and the other skill's id, when another
	 *         skill bears it; nothing is stored
	 */
	@Transactional
	@Override
	public Skill save(Skill skill) {
		var other = skills.findAllByOrderById().stream()
				.filter(stored -> !Objects.equals(stored.getId(), skill.getId()) && stored.isNamed(skill.getName()))
				.findFirst();
		if (other.isPresent()) {
			throw new RefusedException("worker.skill.nameTaken", skill.getName(), other.get().getCode());
		}
		return skills.merge(skill);
	}

	/** Refuses, with the references found, to delete a skill that workers or requests still need. */
	@Transactional
	@Override
	public void delete(Skill skill) {
		var stored = skills.findById(skill.getId()).orElseThrow();
		ReferenceCheck.refuseIfReferenced(stored, checks);
		skills.delete(stored);
	}

}
