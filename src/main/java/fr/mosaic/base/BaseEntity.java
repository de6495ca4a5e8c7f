package fr.mosaic.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** Database identity and the version that turns concurrent edits into a conflict instead of a lost update. */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	public @Nullable Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public boolean isNew() {
		return id == null;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || getClass() != other.getClass() || id == null) {
			return false;
		}
		return id.equals(((BaseEntity) other).id);
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
