package fr.mosaic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Window;

/** Generated problems are deterministic, about the size asked for, and internally consistent. */
class ProblemGeneratorTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	private final ProblemGenerator generator = new ProblemGenerator();

	@ParameterizedTest
	@EnumSource(value = ProblemSize.class, names = { "DEMO", "S", "M", "L" })
	void sameInputGivesEqualDocuments(ProblemSize size) {
		assertThat(generator.generate(size, MONDAY)).isEqualTo(generator.generate(size, MONDAY));
	}

	@Test
	void anotherWeekKeepsTheSameGroup() {
		ProblemDocument week1 = generator.generate(ProblemSize.DEMO, MONDAY);
		ProblemDocument week2 = generator.generate(ProblemSize.DEMO, MONDAY.plusWeeks(1));
		assertThat(week2.members()).isEqualTo(week1.members());
		assertThat(week2.workers().stream().map(ProblemDocument.Worker::id).toList())
				.isEqualTo(week1.workers().stream().map(ProblemDocument.Worker::id).toList());
		assertThat(week2.requests().get(0).windows().get(0).start().local())
				.isEqualTo(week1.requests().get(0).windows().get(0).start().local().plusWeeks(1));
	}

	@Test
	void variantsAreOtherGroupsAndLoadsScaleDemand() {
		ProblemDocument normal = generator.generate(ProblemSize.S, MONDAY, 1, 1.0);
		assertThat(generator.generate(ProblemSize.S, MONDAY, 0, 1.0))
				.isEqualTo(generator.generate(ProblemSize.S, MONDAY));
		assertThat(normal).isNotEqualTo(generator.generate(ProblemSize.S, MONDAY));
		assertThat(normal.workers()).hasSize(10);
		long asked = requested(normal);
		assertThat(requested(generator.generate(ProblemSize.S, MONDAY, 1, 1.3))).isGreaterThan(asked);
		assertThat(requested(generator.generate(ProblemSize.S, MONDAY, 1, 0.7))).isLessThan(asked);
		assertThatThrownBy(() -> generator.generate(ProblemSize.S, MONDAY, 1, 0))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("demandScale");
	}

	private static long requested(ProblemDocument problem) {
		return problem.requests().stream().mapToLong(r -> (long) r.count() * r.durationMinutes()).sum();
	}

	@Test
	void weekMustStartOnMonday() {
		assertThatThrownBy(() -> generator.generate(ProblemSize.S, MONDAY.plusDays(1)))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void demoLooksLikeASmallGroupAroundLyon() {
		ProblemDocument demo = generator.generate(ProblemSize.DEMO, MONDAY);
		assertThat(demo.workers()).hasSize(12);
		assertThat(demo.members()).hasSize(25);
		assertThat(demo.members().stream().mapToInt(m -> m.sites().size()).sum()).isEqualTo(30);
		assertThat(demo.skills()).hasSize(6);
		assertThat(demo.members().stream().map(Member::name).distinct()).hasSize(25);
		assertThat(demo.workers().stream().map(ProblemDocument.Worker::name).distinct()).hasSize(12);
		assertThat(demo.workers()).anyMatch(w -> w.partTime()).anyMatch(w -> !w.partTime())
				.anyMatch(w -> !w.availability().isEmpty()).anyMatch(w -> !w.excludedMembers().isEmpty())
				.anyMatch(w -> !w.preferredMembers().isEmpty());
		assertThat(demo.workers().stream().filter(w -> !w.unavailable().isEmpty())).hasSize(1);
		// three contracts name their members (L1253-9), each keeping the members the worker prefers or worked for
		assertThat(demo.workers()).filteredOn(w -> w.contractMembers() != null).hasSize(3).allSatisfy(w -> {
			assertThat(w.contractMembers()).containsAll(w.preferredMembers()).hasSizeLessThan(demo.members().size());
			assertThat(demo.history()).filteredOn(h -> h.worker().equals(w.id()))
					.allMatch(h -> w.contractAllows(h.member()));
			assertThat(w.contractAmendedOn()).isBefore(MONDAY);
		});
		assertThat(demo.members()).anyMatch(m -> !m.excludedWorkers().isEmpty());
		assertThat(demo.history()).isNotEmpty();
		assertThat(demo.requests()).anyMatch(r -> r.priority() == ProblemDocument.Priority.EXTRA)
				.anyMatch(r -> r.distinctDays() && r.windows().size() > r.count())
				.anyMatch(r -> r.windows().size() == 1 && fixed(r));
		double ratio = (double) demand(demo) / demo.workers().stream().mapToInt(w -> w.contractMinutes()).sum();
		assertThat(ratio).isBetween(0.95, 1.15);
		demo.members().forEach(m -> m.sites().forEach(s -> {
			assertThat(s.lat()).isBetween(45.6, 45.9);
			assertThat(s.lon()).isBetween(4.7, 5.1);
		}));
	}

	@ParameterizedTest
	@EnumSource(ProblemSize.class)
	void sizesAreRoughlyAsSpecifiedAndConsistent(ProblemSize size) {
		ProblemDocument problem = generator.generate(size, MONDAY);
		assertThat(problem.workers()).hasSize(size.workers());
		assertThat(problem.members()).hasSize(size.members());
		int shifts = problem.requests().stream().mapToInt(Request::count).sum();
		if (size == ProblemSize.L) {
			assertThat(shifts).isBetween(1100, 1500);
		}
		if (size == ProblemSize.XL) {
			assertThat(shifts).isBetween(7200, 8800);
		}
		assertConsistent(problem);
	}

	static void assertConsistent(ProblemDocument p) {
		Set<String> skills = unique(p.skills(), ProblemDocument.Skill::id);
		Set<String> members = unique(p.members(), Member::id);
		Set<String> workers = unique(p.workers(), ProblemDocument.Worker::id);
		unique(p.requests(), Request::id);
		unique(p.members().stream().flatMap(m -> m.sites().stream()).toList(), ProblemDocument.Site::id);
		unique(p.history(), h -> h.worker() + "/" + h.member());
		LocalDateTime weekStart = p.weekStart().atStartOfDay();
		for (Member m : p.members()) {
			assertThat(m.sites()).isNotEmpty();
			assertThat(workers).containsAll(m.excludedWorkers());
		}
		for (ProblemDocument.Worker w : p.workers()) {
			assertThat(w.skills()).isNotEmpty();
			assertThat(skills).containsAll(w.skills());
			assertThat(members).containsAll(w.preferredMembers()).containsAll(w.excludedMembers());
			if (w.contractMembers() != null) {
				assertThat(members).containsAll(w.contractMembers());
			}
			assertThat(w.maxMinutes()).isBetween(w.contractMinutes(), 2880);
			w.unavailable().forEach(u -> assertThat(u.start().local()).isBefore(u.end().local()));
		}
		for (Request r : p.requests()) {
			Member member = p.members().stream().filter(m -> m.id().equals(r.member())).findFirst().orElseThrow();
			assertThat(member.sites()).anyMatch(s -> s.id().equals(r.site()));
			assertThat(skills).contains(r.skill());
			assertThat(r.count()).isPositive();
			assertThat(r.durationMinutes()).isPositive();
			for (Window w : r.windows()) {
				long length = Duration.between(w.start().local(), w.end().local()).toMinutes();
				assertThat(length).isGreaterThanOrEqualTo(r.durationMinutes());
				assertThat((length - r.durationMinutes()) % r.startStepMinutes()).isZero();
				assertThat(w.start().local()).isAfterOrEqualTo(weekStart);
				assertThat(w.end().local()).isBeforeOrEqualTo(weekStart.plusDays(7));
			}
			if (r.distinctDays()) {
				assertThat(r.windows().stream().map(w -> w.start().local().toLocalDate()).distinct().count())
						.isGreaterThanOrEqualTo(r.count());
			}
		}
		p.history().forEach(h -> {
			assertThat(workers).contains(h.worker());
			assertThat(members).contains(h.member());
		});
	}

	private static <T> Set<String> unique(List<T> list, Function<T, String> id) {
		Set<String> ids = new HashSet<>();
		list.forEach(t -> assertThat(ids.add(id.apply(t))).as("unique id %s", id.apply(t)).isTrue());
		return ids;
	}

	private static boolean fixed(Request r) {
		Window w = r.windows().get(0);
		return Duration.between(w.start().local(), w.end().local()).toMinutes() == r.durationMinutes();
	}

	private static long demand(ProblemDocument p) {
		return p.requests().stream().mapToLong(r -> (long) r.count() * r.durationMinutes()).sum();
	}

}
