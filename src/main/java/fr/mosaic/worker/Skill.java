package fr.mosaic.worker;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.mosaic.base.NamedEntity;

/** A qualification a request needs and a worker has (bookkeeping, green-space upkeep, sports coaching). */
@Entity
@Table(name = "skill")
public class Skill extends NamedEntity {

}
