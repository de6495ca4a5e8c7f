package fr.mosaic.worker.ui;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.RegisterListView;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.Worker;
import fr.mosaic.worker.WorkerService;

@Route("workers")
@Menu(title = "worker.list.title", order = 2, icon = "vaadin:user-card")
@RolesAllowed(AppRoles.COORDINATOR)
class WorkerListView extends RegisterListView<Worker> {

	private final SkillService skills;

	private final MemberService members;

	WorkerListView(WorkerService workers, SkillService skills, MemberService members) {
		super(Worker.class, new WorkerForm(), "worker.list", workers, Worker::new);
		this.skills = skills;
		this.members = members;
		grid.addColumn(Worker::getName).setHeader(getTranslation("worker.list.name")).setFlexGrow(2);
		grid.addColumn(Worker::getCode).setHeader(getTranslation("worker.list.code"));
		grid.addColumn(worker -> getTranslation("worker.form.hours", worker.getContractMinutes() / 60,
				worker.getContractMinutes() % 60)).setHeader(getTranslation("worker.list.contract"));
		grid.addColumn(worker -> getTranslation(worker.isPartTime() ? "base.yes" : "base.no"))
				.setHeader(getTranslation("worker.list.partTime"));
		grid.addColumn(worker -> worker.getSkills().stream().map(Skill::getName).collect(Collectors.joining(", ")))
				.setHeader(getTranslation("worker.list.skills")).setFlexGrow(2);
		form.setWidth("40em");
		startPaging();
	}

	@Override
	protected void edit(Worker worker) {
		((WorkerForm) form).setChoices(skills.findAllByName(), members.findAll());
		super.edit(worker);
	}

}
