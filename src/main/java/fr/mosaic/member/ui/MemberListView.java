package fr.mosaic.member.ui;

import java.util.stream.Stream;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.mosaic.base.ui.EntityListView;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;

@Route("members")
@Menu(title = "member.list.title", order = 1, icon = "vaadin:building")
@RolesAllowed(AppRoles.COORDINATOR)
class MemberListView extends EntityListView<Member> {

	private final MemberService members;

	MemberListView(MemberService members) {
		super(Member.class, new MemberForm(), "member.list");
		this.members = members;
		grid.addColumn(Member::getName).setHeader(getTranslation("member.list.name")).setFlexGrow(2);
		grid.addColumn(Member::getCode).setHeader(getTranslation("member.list.code"));
		grid.addColumn(member -> member.getSites().size()).setHeader(getTranslation("member.list.sites"));
		startPaging();
	}

	@Override
	protected Stream<Member> fetch(String filter, Pageable pageable) {
		return members.find(filter, pageable).stream();
	}

	@Override
	protected long count(String filter) {
		return members.count(filter);
	}

	@Override
	protected Member newBean() {
		return new Member();
	}

	@Override
	protected Member reload(Member member) {
		return members.get(member.getId());
	}

	@Override
	protected void store(Member member) {
		members.save(member);
	}

	@Override
	protected void remove(Member member) {
		members.delete(member);
	}

}
