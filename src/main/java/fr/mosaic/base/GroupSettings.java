package fr.mosaic.base;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Settings that hold for the whole group: its time zone and how travel time is derived from distance. */
@Entity
@Table(name = "group_settings")
public class GroupSettings extends BaseEntity {

	@NotBlank(message = "{base.settings.timeZone.required}")
	@Size(max = 64, message = "{base.settings.timeZone.size}")
	private String timeZone = "Europe/Paris";

	@DecimalMin(value = "1", message = "{base.settings.speedKmh.min}")
	private double travelSpeedKmh = 40;

	@DecimalMin(value = "1", message = "{base.settings.detourFactor.min}")
	private double travelDetourFactor = 1.3;

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public double getTravelSpeedKmh() {
		return travelSpeedKmh;
	}

	public void setTravelSpeedKmh(double travelSpeedKmh) {
		this.travelSpeedKmh = travelSpeedKmh;
	}

	public double getTravelDetourFactor() {
		return travelDetourFactor;
	}

	public void setTravelDetourFactor(double travelDetourFactor) {
		this.travelDetourFactor = travelDetourFactor;
	}

}
