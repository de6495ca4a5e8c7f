package fr.mosaic.worker;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.mosaic.base.NamedEntity;

/** A qualification a request needs and a worker has (bookkeeping, green-space upkeep, sports coaching). */
@Entity
@Table(name = "skill")
public class Skill extends NamedEntity {

	/**
	 * Whether the skill bears that name, whatever the case and the spaces around it: two such skills could not be told
	 * apart where a request or a worker's skills are chosen by name.
	 */
	public boolean isNamed(String name) {
		return sameName(getName(), name);
	}

	/** Whether two skill names are one, as {@link #isNamed}. */
	public static boolean sameName(String one, String other) {
		return one.strip().equalsIgnoreCase(other.strip());
	}

}
