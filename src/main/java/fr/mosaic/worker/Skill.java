package fr.mosaic.worker;

import fr.mosaic.base.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A qualification a request needs and a worker has (bookkeeping, green-space upkeep, sports coaching). */
@Entity
@Table(name = "skill")
public class Skill extends BaseEntity {

	@NotBlank(message = "{worker.skill.code.required}")
	@Size(max = 64, message = "{member.form.code.size}")
	@Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{base.code.pattern}")
	private String code = "";

	@NotBlank(message = "{worker.skill.name.required}")
	@Size(max = 120, message = "{member.form.name.size}")
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
