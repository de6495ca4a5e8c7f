package fr.mosaic.worker.ui;

import java.util.stream.Stream;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.mosaic.base.ui.EntityListView;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;

@Route("skills")
@Menu(title = "worker.skill.list.title", order = 3, icon = "vaadin:academy-cap")
@RolesAllowed(AppRoles.COORDINATOR)
class SkillListView extends EntityListView<Skill> {

	private final SkillService skills;

	SkillListView(SkillService skills) {
		super(Skill.class, new SkillForm(), "worker.skill.list");
		this.skills = skills;
		grid.addColumn(Skill::getName).setHeader(getTranslation("worker.skill.name")).setFlexGrow(2);
		grid.addColumn(Skill::getCode).setHeader(getTranslation("worker.skill.code"));
		startPaging();
	}

	@Override
	protected Stream<Skill> fetch(String filter, Pageable pageable) {
		return skills.find(filter, pageable).stream();
	}

	@Override
	protected long count(String filter) {
		return skills.count(filter);
	}

	@Override
	protected Skill newBean() {
		return new Skill();
	}

	@Override
	protected Skill reload(Skill skill) {
		return skills.get(skill.getId());
	}

	@Override
	protected void store(Skill skill) {
		skills.save(skill);
	}

	@Override
	protected void remove(Skill skill) {
		skills.delete(skill);
	}

}
