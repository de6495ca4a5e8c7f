package fr.mosaic.member;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A travel time between two sites known better than the straight-line estimate (a river, a hill road). */
@Entity
@Table(name = "travel_override")
public class TravelOverride {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "from_site_id")
	private Site from;

	@ManyToOne(optional = false)
	@JoinColumn(name = "to_site_id")
	private Site to;

	private int minutes;

	protected TravelOverride() {
		this(new Site(), new Site(), 0);
	}

	public TravelOverride(Site from, Site to, int minutes) {
		this.from = from;
		this.to = to;
		this.minutes = minutes;
	}

	public Site getFrom() {
		return from;
	}

	public Site getTo() {
		return to;
	}

	public int getMinutes() {
		return minutes;
	}

}
