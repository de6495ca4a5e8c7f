package fr.mosaic.worker.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.RegisterListView;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;

@Route("skills")
@Menu(title = "worker.skill.list.title", order = 3, icon = "vaadin:academy-cap")
@RolesAllowed(AppRoles.COORDINATOR)
class SkillListView extends RegisterListView<Skill> {

	SkillListView(SkillService skills) {
		super(Skill.class, new SkillForm(), "worker.skill.list", skills, Skill::new);
		grid.addColumn(Skill::getName).setHeader(getTranslation("worker.skill.name")).setFlexGrow(2);
		grid.addColumn(Skill::getCode).setHeader(getTranslation("worker.skill.code"));
		startPaging();
	}

}
