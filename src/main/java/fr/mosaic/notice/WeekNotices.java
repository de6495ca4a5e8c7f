package fr.mosaic.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.PlanChanges;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanPublished;
import fr.mosaic.worker.Worker;
import fr.mosaic.worker.WorkerService;

/**
 * Writes the notices of a publication to the outbox. At a week's first publication each worker with shifts gets their
 * week, and each member with requests in it its schedule; when a reopened week is published again, only the workers and
 * members whose shifts changed get one, listing what was added, removed or changed (the planning's {@link PlanChanges}
 * against the plan published before). An account gets the notices of the worker or member it is bound to when it gave
 * an e-mail address, in its language.
 * <p>
 * Heard after the publication commits, in a transaction of its own: a publication rolled back sends nothing, and
 * writing the notices can neither delay nor undo it (a failure is logged as an error, the week stays published).
 */
@Component
class WeekNotices {

	private static final Logger log = LoggerFactory.getLogger(WeekNotices.class);

	private final PlanStore planStore;

	private final RequestService requests;

	private final WorkerService workers;

	private final UserAccountService accounts;

	private final NoticeRepository notices;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WeekNotices(PlanStore planStore, RequestService requests, WorkerService workers, UserAccountService accounts,
			NoticeRepository notices, PlatformTransactionManager transactions, Clock clock) {
		this.planStore = planStore;
		this.requests = requests;
		this.workers = workers;
		this.accounts = accounts;
		this.notices = notices;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** On the publisher's thread, with their login, once the publication is committed. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(WeekPlanPublished published) {
		try {
			var written = transaction.execute(status -> write(published));
			log.info("Week of {} published: {} notices in the outbox", published.weekStart(), written);
		} catch (RuntimeException ex) {
			log.error("Week of {} published, but its notices could not be written", published.weekStart(), ex);
		}
	}

	private int write(WeekPlanPublished published) {
		var weekStart = published.weekStart();
		var plan = planStore.find(weekStart).orElseThrow(() -> new IllegalStateException("no plan for " + weekStart))
				.shifts();
		var week = new Week(weekStart, requests.findByWeek(weekStart), workers.findAll());
		var replaced = published.replaced();
		var news = replaced == null ? week.firstPublication(plan) : week.changes(PlanChanges.between(replaced, plan));
		var now = clock.instant();
		var written = new ArrayList<Notice>();
		// two accounts of one worker or member giving the same address get one notice
		for (var contact : new LinkedHashSet<>(accounts.contacts())) {
			var recipient = contact.workerId() != null
					? news.get(Reader.worker(contact.workerId()))
					: contact.memberId() != null ? news.get(Reader.member(contact.memberId())) : null;
			if (recipient != null) {
				written.add(new Notice(weekStart, contact.email(), recipient.subject(contact.locale()),
						recipient.body(contact.locale()), now));
			}
		}
		notices.saveAll(written);
		return written.size();
	}

	/** Who reads a notice: a worker or a member employer, by id. */
	record Reader(boolean isWorker, long id) {

		static Reader worker(long id) {
			return new Reader(true, id);
		}

		static Reader member(long id) {
			return new Reader(false, id);
		}

	}

	/** One line of a notice, written in the reader's language. */
	interface Line extends Function<Locale, String> {
	}

	/** What one reader is told: their week, or what changed in it. */
	record News(LocalDate weekStart, boolean changes, List<Line> lines) {

		String subject(Locale locale) {
			return Translations.translate(changes ? "notice.changes.subject" : "notice.week.subject", locale,
					DateText.day(weekStart, locale));
		}

		String body(Locale locale) {
			var body = new StringBuilder(Translations.translate("notice.greeting", locale)).append("\n\n");
			body.append(Translations.translate(changes ? "notice.changes.intro" : "notice.week.intro", locale,
					DateText.day(weekStart, locale))).append("\n\n");
			lines.forEach(line -> body.append("- ").append(line.apply(locale)).append('\n'));
			return body.append('\n').append(Translations.translate("notice.signature", locale)).append('\n').toString();
		}

	}

	/** The week's requests and the register's workers, to say where, when and who in words. */
	private final class Week {

		private final LocalDate weekStart;

		private final Map<String, Request> requestsByCode;

		private final Map<String, Worker> workersByCode;

		Week(LocalDate weekStart, List<Request> requests, List<Worker> workers) {
			this.weekStart = weekStart;
			this.requestsByCode = requests.stream().collect(Collectors.toMap(Request::getCode, Function.identity()));
			this.workersByCode = workers.stream().collect(Collectors.toMap(Worker::getCode, Function.identity()));
		}

		/** Each worker's shifts and each member's, covered or not, by start. */
		Map<Reader, News> firstPublication(List<PlanDocument.Shift> plan) {
			Map<Reader, List<Dated>> lines = new LinkedHashMap<>();
			for (var shift : plan) {
				var request = request(shift.request());
				var member = Reader.member(memberId(request));
				if (!shift.covered()) {
					lines.computeIfAbsent(member, r -> new ArrayList<>()).add(new Dated(null,
							locale -> Translations.translate("notice.line.uncovered", locale, site(request, locale))));
					continue;
				}
				var slot = slot(request, shift.worker(), shift.start());
				lines.computeIfAbsent(Reader.worker(slot.worker().getId()), r -> new ArrayList<>())
						.add(new Dated(slot.start(), slot::forWorker));
				lines.computeIfAbsent(member, r -> new ArrayList<>()).add(new Dated(slot.start(), slot::forMember));
			}
			return news(lines, false);
		}

		/** For each worker and member a change touches, what it is to them. */
		Map<Reader, News> changes(List<PlanChanges.Change> changes) {
			Map<Reader, List<Dated>> lines = new LinkedHashMap<>();
			for (var change : changes) {
				var request = request(change.request());
				var before = change.workerBefore() == null
						? null
						: slot(request, change.workerBefore(), change.startBefore());
				var after = change.workerAfter() == null
						? null
						: slot(request, change.workerAfter(), change.startAfter());
				var at = after != null ? after.start() : Objects.requireNonNull(before).start();
				var member = lines.computeIfAbsent(Reader.member(memberId(request)), r -> new ArrayList<>());
				member.add(new Dated(at, changed(before, after, Slot::forMember)));
				if (before != null && after != null && before.worker().equals(after.worker())) {
					worker(lines, before).add(new Dated(at, changed(before, after, Slot::forWorker)));
					continue;
				}
				if (before != null) {
					worker(lines, before).add(new Dated(at, changed(before, null, Slot::forWorker)));
				}
				if (after != null) {
					worker(lines, after).add(new Dated(at, changed(null, after, Slot::forWorker)));
				}
			}
			return news(lines, true);
		}

		private Map<Reader, News> news(Map<Reader, List<Dated>> lines, boolean changes) {
			Map<Reader, News> news = new LinkedHashMap<>();
			lines.forEach((reader, dated) -> news.put(reader,
					new News(weekStart, changes, dated.stream().sorted().map(Dated::line).toList())));
			return news;
		}

		private List<Dated> worker(Map<Reader, List<Dated>> lines, Slot slot) {
			return lines.computeIfAbsent(Reader.worker(slot.worker().getId()), r -> new ArrayList<>());
		}

		private Request request(String code) {
			return Objects.requireNonNull(requestsByCode.get(code), () -> "no request " + code);
		}

		private Slot slot(Request request, String workerCode, @Nullable WallTime start) {
			var worker = Objects.requireNonNull(workersByCode.get(workerCode), () -> "no worker " + workerCode);
			var from = Objects.requireNonNull(start, "a covered shift's start").atZone(clock.getZone());
			return new Slot(request, worker, from.toLocalDateTime(),
					from.plusMinutes(request.getDurationMinutes()).toLocalDateTime());
		}

	}

	private static long memberId(Request request) {
		return Objects.requireNonNull(Objects.requireNonNull(request.getMember()).getId());
	}

	private static String site(Request request, Locale locale) {
		var site = Objects.requireNonNull(request.getSite());
		return site.getAddress() == null || site.getAddress().isBlank()
				? site.getName()
				: Translations.translate("notice.site", locale, site.getName(), site.getAddress());
	}

	/** Added (no before), removed (no after) or changed: the line as its reader reads a slot. */
	private static Line changed(@Nullable Slot before, @Nullable Slot after, BiFunction<Slot, Locale, String> text) {
		if (before == null) {
			return locale -> Translations.translate("notice.change.added", locale,
					text.apply(Objects.requireNonNull(after), locale));
		}
		if (after == null) {
			return locale -> Translations.translate("notice.change.removed", locale, text.apply(before, locale));
		}
		return locale -> Translations.translate("notice.change.changed", locale, text.apply(before, locale),
				text.apply(after, locale));
	}

	/** A worker at a request's site from start to end, wall-clock times. */
	private record Slot(Request request, Worker worker, LocalDateTime start, LocalDateTime end) {

		String forWorker(Locale locale) {
			return Translations.translate("notice.line.worker", locale, DateText.weekday(start, locale),
					DayTime.time(start.toLocalTime()), DayTime.end(end.toLocalTime()),
					Objects.requireNonNull(request.getMember()).getName(), site(request, locale));
		}

		String forMember(Locale locale) {
			return Translations.translate("notice.line.member", locale, DateText.weekday(start, locale),
					DayTime.time(start.toLocalTime()), DayTime.end(end.toLocalTime()), site(request, locale),
					worker.getName());
		}

	}

	/** A line and when its shift starts, for the order; an uncovered shift's comes last. */
	private record Dated(@Nullable LocalDateTime at, Line line) implements Comparable<Dated> {

		@Override
		public int compareTo(Dated other) {
			return Comparator.comparing(Dated::at, Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()))
					.compare(this, other);
		}

	}

}
