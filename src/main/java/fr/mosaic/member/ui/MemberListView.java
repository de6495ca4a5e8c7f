package fr.mosaic.member.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.RegisterListView;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;

@Route("members")
@Menu(title = "member.list.title", order = 1, icon = "vaadin:building")
@RolesAllowed(AppRoles.COORDINATOR)
class MemberListView extends RegisterListView<Member> {

	MemberListView(MemberService members) {
		super(Member.class, new MemberForm(), "member.list", members, Member::new);
		grid.addColumn(Member::getName).setHeader(getTranslation("member.list.name")).setFlexGrow(2);
		grid.addColumn(Member::getCode).setHeader(getTranslation("member.list.code"));
		grid.addColumn(member -> member.getSites().size()).setHeader(getTranslation("member.list.sites"));
		startPaging();
	}

}
