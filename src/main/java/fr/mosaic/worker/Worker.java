package fr.mosaic.worker;

import static fr.mosaic.base.LabourLaw.FULL_TIME_WEEKLY_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_WEEKLY_WORK_MINUTES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import fr.mosaic.base.NamedEntity;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;

/** An employee of the group, lent to members; contract and maximum are weekly minutes. */
@Entity
@Table(name = "worker")
// Every list is indexed (@OrderColumn), so fetching them together is no MultipleBagFetchException.
@NamedEntityGraph(name = Worker.WITH_COLLECTIONS, attributeNodes = { @NamedAttributeNode("skills"),
		@NamedAttributeNode("availability"), @NamedAttributeNode("unavailability"),
		@NamedAttributeNode("preferredMembers"), @NamedAttributeNode("excludedMembers"),
		@NamedAttributeNode("excludedByMembers"), @NamedAttributeNode("contractMembers"),
		@NamedAttributeNode("contractSites") })
public class Worker extends NamedEntity {

	/** The entity graph that loads every collection of a worker: what its form, export and solving read. */
	static final String WITH_COLLECTIONS = "Worker.collections";

	@Range(max = MAX_WEEKLY_WORK_MINUTES, message = "{worker.form.contractMinutes.range}")
	private int contractMinutes = FULL_TIME_WEEKLY_MINUTES;

	@Range(max = MAX_WEEKLY_WORK_MINUTES, message = "{worker.form.maxMinutes.range}")
	private int maxMinutes = FULL_TIME_WEEKLY_MINUTES;

	private boolean partTime;

	@DecimalMin(value = "-90", message = "{member.site.lat.range}")
	@DecimalMax(value = "90", message = "{member.site.lat.range}")
	private @Nullable Double homeLat;

	@DecimalMin(value = "-180", message = "{member.site.lon.range}")
	@DecimalMax(value = "180", message = "{member.site.lon.range}")
	private @Nullable Double homeLon;

	@ManyToMany
	@JoinTable(name = "worker_skill", joinColumns = @JoinColumn(name = "worker_id"), inverseJoinColumns = @JoinColumn(name = "skill_id"))
	@OrderColumn(name = "position")
	private List<Skill> skills = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "worker_availability", joinColumns = @JoinColumn(name = "worker_id"))
	@OrderColumn(name = "position")
	private List<AvailabilitySlot> availability = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "worker_unavailability", joinColumns = @JoinColumn(name = "worker_id"))
	@OrderColumn(name = "position")
	private List<@Valid Unavailability> unavailability = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "worker_preferred_member", joinColumns = @JoinColumn(name = "worker_id"), inverseJoinColumns = @JoinColumn(name = "member_id"))
	@OrderColumn(name = "position")
	private List<Member> preferredMembers = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "worker_excluded_member", joinColumns = @JoinColumn(name = "worker_id"), inverseJoinColumns = @JoinColumn(name = "member_id"))
	@OrderColumn(name = "position")
	private List<Member> excludedMembers = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "member_excluded_worker", joinColumns = @JoinColumn(name = "worker_id"), inverseJoinColumns = @JoinColumn(name = "member_id"))
	private Set<Member> excludedByMembers = new LinkedHashSet<>();

	/** The members the written contract lets the worker be placed with (L1253-9); empty: every member. */
	@ManyToMany
	@JoinTable(name = "worker_contract_member", joinColumns = @JoinColumn(name = "worker_id"), inverseJoinColumns = @JoinColumn(name = "member_id"))
	@OrderColumn(name = "position")
	private List<Member> contractMembers = new ArrayList<>();

	/**
	 * The places of work the written contract names (L1253-9); empty: every site of the members the worker may be
	 * placed with.
	 */
	@ManyToMany
	@JoinTable(name = "worker_contract_site", joinColumns = @JoinColumn(name = "worker_id"), inverseJoinColumns = @JoinColumn(name = "site_id"))
	@OrderColumn(name = "position")
	private List<Site> contractSites = new ArrayList<>();

	/** The day the contract's list of members was last amended, when known. */
	private @Nullable LocalDate contractAmendedOn;

	@AssertTrue(message = "{worker.form.maxMinutes.belowContract}")
	boolean isMaxAtLeastContract() {
		return maxMinutes >= contractMinutes;
	}

	public int getContractMinutes() {
		return contractMinutes;
	}

	public void setContractMinutes(int contractMinutes) {
		this.contractMinutes = contractMinutes;
	}

	public int getMaxMinutes() {
		return maxMinutes;
	}

	public void setMaxMinutes(int maxMinutes) {
		this.maxMinutes = maxMinutes;
	}

	public boolean isPartTime() {
		return partTime;
	}

	public void setPartTime(boolean partTime) {
		this.partTime = partTime;
	}

	public @Nullable Double getHomeLat() {
		return homeLat;
	}

	public void setHomeLat(@Nullable Double homeLat) {
		this.homeLat = homeLat;
	}

	public @Nullable Double getHomeLon() {
		return homeLon;
	}

	public void setHomeLon(@Nullable Double homeLon) {
		this.homeLon = homeLon;
	}

	public List<Skill> getSkills() {
		return skills;
	}

	public void setSkills(List<Skill> skills) {
		this.skills = new ArrayList<>(skills);
	}

	public List<AvailabilitySlot> getAvailability() {
		return availability;
	}

	public void setAvailability(List<AvailabilitySlot> availability) {
		this.availability = new ArrayList<>(availability);
	}

	public List<Unavailability> getUnavailability() {
		return unavailability;
	}

	public void setUnavailability(List<Unavailability> unavailability) {
		this.unavailability = new ArrayList<>(unavailability);
	}

	public List<Member> getPreferredMembers() {
		return preferredMembers;
	}

	public void setPreferredMembers(List<Member> preferredMembers) {
		this.preferredMembers = new ArrayList<>(preferredMembers);
	}

	public List<Member> getExcludedMembers() {
		return excludedMembers;
	}

	public void setExcludedMembers(List<Member> excludedMembers) {
		this.excludedMembers = new ArrayList<>(excludedMembers);
	}

	public Set<Member> getExcludedByMembers() {
		return excludedByMembers;
	}

	public void setExcludedByMembers(Set<Member> excludedByMembers) {
		this.excludedByMembers = new LinkedHashSet<>(excludedByMembers);
	}

	public List<Member> getContractMembers() {
		return contractMembers;
	}

	public void setContractMembers(List<Member> contractMembers) {
		this.contractMembers = new ArrayList<>(contractMembers);
	}

	public List<Site> getContractSites() {
		return contractSites;
	}

	public void setContractSites(List<Site> contractSites) {
		this.contractSites = new ArrayList<>(contractSites);
	}

	public @Nullable LocalDate getContractAmendedOn() {
		return contractAmendedOn;
	}

	public void setContractAmendedOn(@Nullable LocalDate contractAmendedOn) {
		this.contractAmendedOn = contractAmendedOn;
	}

}
