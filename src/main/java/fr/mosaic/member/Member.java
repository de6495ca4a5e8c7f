package fr.mosaic.member;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import fr.mosaic.base.NamedEntity;

/** A member employer of the group (adhérent), with the sites where its work happens. */
@Entity
@Table(name = "member")
public class Member extends NamedEntity {

	@Size(min = 1, message = "{member.form.sites.required}")
	@OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<@Valid Site> sites = new ArrayList<>();

	public List<Site> getSites() {
		return sites;
	}

	public void addSite(Site site) {
		site.setMember(this);
		sites.add(site);
	}

	public void removeSite(Site site) {
		sites.remove(site);
	}

}
