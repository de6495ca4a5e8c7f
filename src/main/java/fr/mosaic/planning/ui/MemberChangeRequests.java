package fr.mosaic.planning.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import fr.mosaic.request.ChangeRequest;
import fr.mosaic.request.ChangeRequest.Status;
import fr.mosaic.request.RequestService;

/**
 * What members asked to change in the week since it was published, one ask a row: who, about which request, their words
 * and the terms they propose; the coordinator makes the change on the board or the requests screen, then marks the ask
 * handled. Open while an ask is open; hidden for a week without any.
 */
class MemberChangeRequests extends Details {

	final Grid<ChangeRequest> asks = new Grid<>();

	private final RequestService requests;

	private LocalDate week = LocalDate.MIN;

	MemberChangeRequests(RequestService requests) {
		this.requests = requests;
		setId("plan-member-changes");
		var at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
		asks.addColumn(ChangeRequest::memberName).setHeader(getTranslation("request.form.member")).setAutoWidth(true);
		asks.addColumn(
				ask -> ask.getRequestCode() == null ? getTranslation("request.change.newNeed") : ask.getRequestCode())
				.setHeader(getTranslation("request.form.code")).setAutoWidth(true);
		asks.addColumn(ChangeRequest::getMessage).setHeader(getTranslation("request.change.message")).setFlexGrow(2);
		asks.addColumn(ask -> ask.getProposal() == null ? "" : ask.getProposal())
				.setHeader(getTranslation("request.change.proposalColumn")).setFlexGrow(2);
		asks.addColumn(ask -> at.withLocale(getLocale()).format(ask.getAskedAt()))
				.setHeader(getTranslation("request.change.askedAt")).setAutoWidth(true);
		asks.addComponentColumn(this::statusOf).setHeader(getTranslation("request.change.status")).setAutoWidth(true);
		asks.setAllRowsVisible(true);
		add(asks);
		setWidthFull();
	}

	/** The week's asks; hidden when there is none. */
	void show(LocalDate monday) {
		week = monday;
		var all = requests.findChangeRequests(monday);
		var open = all.stream().filter(ask -> ask.getStatus() == Status.OPEN).count();
		setSummaryText(getTranslation("request.change.board", open, all.size()));
		asks.setItems(all);
		setOpened(open > 0);
		setVisible(!all.isEmpty());
	}

	private Component statusOf(ChangeRequest ask) {
		if (ask.getStatus() == Status.HANDLED) {
			return new Span(getTranslation("request.change.handledBy", ask.getHandledBy()));
		}
		var handled = new Button(getTranslation("request.change.markHandled"), event -> {
			requests.markHandled(ask.getId());
			show(week);
		});
		handled.addThemeVariants(ButtonVariant.LUMO_SMALL);
		return handled;
	}

}
