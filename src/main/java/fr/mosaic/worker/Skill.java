package fr.mosaic.worker;

import fr.mosaic.base.NamedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A qualification a request needs and a worker has (bookkeeping, green-space upkeep, sports coaching). */
@Entity
@Table(name = "skill")
public class Skill extends NamedEntity {

}
