package fr.mosaic.worker.ui;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.mosaic.base.ui.EntityListView;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.Worker;
import fr.mosaic.worker.WorkerService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;

@Route("workers")
@Menu(title = "worker.list.title", order = 2, icon = "vaadin:user-card")
@RolesAllowed(AppRoles.COORDINATOR)
class WorkerListView extends EntityListView<Worker> {

	private final WorkerService workers;

	private final SkillService skills;

	private final MemberService members;

	WorkerListView(WorkerService workers, SkillService skills, MemberService members) {
		super(Worker.class, new WorkerForm(), "worker.list");
		this.workers = workers;
		this.skills = skills;
		this.members = members;
		grid.addColumn(Worker::getName).setHeader(getTranslation("worker.list.name")).setFlexGrow(2);
		grid.addColumn(Worker::getCode).setHeader(getTranslation("worker.list.code"));
		grid.addColumn(worker -> getTranslation("worker.form.hours", worker.getContractMinutes() / 60,
				worker.getContractMinutes() % 60)).setHeader(getTranslation("worker.list.contract"));
		grid.addColumn(worker -> getTranslation(worker.isPartTime() ? "base.yes" : "base.no"))
			.setHeader(getTranslation("worker.list.partTime"));
		grid.addColumn(worker -> worker.getSkills().stream().map(Skill::getName).collect(Collectors.joining(", ")))
			.setHeader(getTranslation("worker.list.skills"))
			.setFlexGrow(2);
		form.setWidth("40em");
		startPaging();
	}

	@Override
	protected void edit(Worker worker) {
		((WorkerForm) form).setChoices(skills.findAllByName(), members.findAll());
		super.edit(worker);
	}

	@Override
	protected Stream<Worker> fetch(String filter, Pageable pageable) {
		return workers.find(filter, pageable).stream();
	}

	@Override
	protected long count(String filter) {
		return workers.count(filter);
	}

	@Override
	protected Worker newBean() {
		return new Worker();
	}

	@Override
	protected Worker reload(Worker worker) {
		return workers.get(worker.getId());
	}

	@Override
	protected void store(Worker worker) {
		workers.save(worker);
	}

	@Override
	protected void remove(Worker worker) {
		workers.delete(worker);
	}

}
