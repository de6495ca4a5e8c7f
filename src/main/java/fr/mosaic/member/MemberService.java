package fr.mosaic.member;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.base.RegisterService;
import fr.mosaic.security.Access;

@PreAuthorize(Access.COORDINATORS)
@Service
@Validated
public class MemberService implements RegisterService<Member> {

	private final MemberRepository members;

	private final SiteRepository sites;

	private final TravelOverrideRepository travelOverrides;

	private final List<ReferenceCheck<Member>> memberChecks;

	private final List<ReferenceCheck<Site>> siteChecks;

	MemberService(MemberRepository members, SiteRepository sites, TravelOverrideRepository travelOverrides,
			List<ReferenceCheck<Member>> memberChecks, List<ReferenceCheck<Site>> siteChecks) {
		this.members = members;
		this.sites = sites;
		this.travelOverrides = travelOverrides;
		this.memberChecks = memberChecks;
		this.siteChecks = siteChecks;
	}

	/** A page of the members whose name or id contains the filter, with their sites loaded. */
	@Transactional(readOnly = true)
	@Override
	public List<Member> find(String filter, Pageable pageable) {
		var page = members.findByNameContainingIgnoreCaseOrCodeContainingIgnoreCaseOrderByName(filter, filter,
				pageable);
		// Fetched in the paged query, the sites would make Hibernate page in memory.
		return members.findWithSitesByIdInOrderByName(page.stream().map(Member::getId).toList());
	}

	@Transactional(readOnly = true)
	@Override
	public long count(String filter) {
		return members.countByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(filter, filter);
	}

	/** Every member with its sites, in the order they were created. */
	@Transactional(readOnly = true)
	public List<Member> findAll() {
		return members.findAllByOrderById();
	}

	/** A member reads its own member employer. */
	@Transactional(readOnly = true)
	@Override
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public Member get(long memberId) {
		return members.findWithSitesById(memberId).orElseThrow(() -> new NoSuchElementException("member " + memberId));
	}

	@Transactional(readOnly = true)
	public Optional<Member> findByCode(String code) {
		return members.findByCode(code);
	}

	@Transactional(readOnly = true)
	public Optional<Site> findSiteByCode(String code) {
		return sites.findByCode(code);
	}

	@Transactional
	@Override
	public Member save(Member member) {
		if (!member.isNew()) {
			var stored = get(member.getId());
			stored.getSites().stream().filter(site -> !member.getSites().contains(site))
					.forEach(removed -> ReferenceCheck.refuseIfReferenced(removed, siteChecks));
		}
		return members.merge(member);
	}

	/** Refuses, with the references found, to delete a member that requests or workers still refer to. */
	@Transactional
	@Override
	public void delete(Member member) {
		var stored = get(member.getId());
		ReferenceCheck.refuseIfReferenced(stored, memberChecks);
		stored.getSites().forEach(site -> ReferenceCheck.refuseIfReferenced(site, siteChecks));
		travelOverrides.deleteAll(travelOverrides.findAllByOrderById().stream()
				.filter(o -> stored.getSites().contains(o.getFrom()) || stored.getSites().contains(o.getTo()))
				.toList());
		members.delete(stored);
	}

	/** Travel minutes given explicitly between site codes, overriding the estimate from coordinates. */
	@Transactional(readOnly = true)
	public Map<String, Map<String, Integer>> travelOverrides() {
		return travelOverrides(override -> true);
	}

	/**
	 * The travel minutes given explicitly between these sites, as {@link #travelOverrides()} writes them: what a worker
	 * reads of the trips between their own shifts' sites, and no more.
	 *
	 * @param siteCodes the sites' ids in the interchange format
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.AUTHENTICATED)
	public Map<String, Map<String, Integer>> travelOverridesBetween(Collection<String> siteCodes) {
		return travelOverrides(override -> siteCodes.contains(override.getFrom().getCode())
				&& siteCodes.contains(override.getTo().getCode()));
	}

	private Map<String, Map<String, Integer>> travelOverrides(Predicate<TravelOverride> kept) {
		var matrix = new LinkedHashMap<String, Map<String, Integer>>();
		for (var override : travelOverrides.findAllByOrderById()) {
			if (kept.test(override)) {
				matrix.computeIfAbsent(override.getFrom().getCode(), k -> new LinkedHashMap<>())
						.put(override.getTo().getCode(), override.getMinutes());
			}
		}
		return matrix;
	}

	@Transactional
	public void replaceTravelOverrides(Map<String, Map<String, Integer>> matrix) {
		travelOverrides.deleteAllInBatch();
		matrix.forEach((from, row) -> row
				.forEach((to, minutes) -> travelOverrides.save(new TravelOverride(sites.findByCode(from).orElseThrow(),
						sites.findByCode(to).orElseThrow(), minutes))));
	}

}
