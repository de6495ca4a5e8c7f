package fr.mosaic.member;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.NamedEntity;

/** A place of work of a member; travel time between sites is derived from the coordinates. */
@Entity
@Table(name = "site")
public class Site extends NamedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "member_id")
	private @Nullable Member member;

	@Size(max = 255, message = "{member.site.address.size}")
	private @Nullable String address;

	@DecimalMin(value = "-90", message = "{member.site.lat.range}")
	@DecimalMax(value = "90", message = "{member.site.lat.range}")
	private double lat;

	@DecimalMin(value = "-180", message = "{member.site.lon.range}")
	@DecimalMax(value = "180", message = "{member.site.lon.range}")
	private double lon;

	public @Nullable Member getMember() {
		return member;
	}

	void setMember(Member member) {
		this.member = member;
	}

	public @Nullable String getAddress() {
		return address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	public double getLat() {
		return lat;
	}

	public void setLat(double lat) {
		this.lat = lat;
	}

	public double getLon() {
		return lon;
	}

	public void setLon(double lon) {
		this.lon = lon;
	}

}
