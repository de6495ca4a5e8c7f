package fr.mosaic.member;

import java.util.ArrayList;
import java.util.List;

import fr.mosaic.base.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member employer of the group (adhérent), with the sites where its work happens. */
@Entity
@Table(name = "member")
public class Member extends BaseEntity {

	@NotBlank(message = "{member.form.code.required}")
	@Size(max = 64, message = "{member.form.code.size}")
	@Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{base.code.pattern}")
	private String code = "";

	@NotBlank(message = "{member.form.name.required}")
	@Size(max = 160, message = "{member.form.name.size}")
	private String name = "";

	@Valid
	@Size(min = 1, message = "{member.form.sites.required}")
	@OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderColumn(name = "position")
	private List<Site> sites = new ArrayList<>();

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

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

	@Override
	public String toString() {
		return name;
	}

}
