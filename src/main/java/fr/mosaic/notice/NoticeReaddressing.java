package fr.mosaic.notice;

import java.util.EnumSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.mosaic.security.EmailChanged;

/**
 * A corrected address: the notices not yet sent to the old one, waiting or failed, go to the new one, so that trying a
 * failed one again reaches it. When two accounts gave the same address they got one notice, which follows the account
 * whose address changed. Heard within the change's transaction, whoever made it: a member correcting their own address
 * too, so no coordinator's rights are asked here.
 */
@Component
class NoticeReaddressing {

	private final NoticeRepository notices;

	NoticeReaddressing(NoticeRepository notices) {
		this.notices = notices;
	}

	@EventListener
	void on(EmailChanged changed) {
		notices.readdress(changed.before(), changed.after(), EnumSet.of(Notice.State.PENDING, Notice.State.FAILED));
	}

}
