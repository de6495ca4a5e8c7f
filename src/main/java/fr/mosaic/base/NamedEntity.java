package fr.mosaic.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entity the coordinator names and gives a short id (its code), the id that interchange files and other screens
 * refer to it by.
 */
@MappedSuperclass
public abstract class NamedEntity extends BaseEntity {

	@NotBlank(message = "{base.code.required}")
	@Size(max = 64, message = "{base.code.size}")
	@Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{base.code.pattern}")
	private String code = "";

	@NotBlank(message = "{base.name.required}")
	@Size(max = 160, message = "{base.name.size}")
	private String name = "";

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

	@Override
	public String toString() {
		return name;
	}

}
