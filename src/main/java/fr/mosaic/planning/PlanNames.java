package fr.mosaic.planning;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.mosaic.interchange.ProblemDocument;

/**
 * What a person calls the ids of a week's planning model: workers, members, sites and skills by name, a request as
 * "member — skill". An id the week does not know is shown as it is.
 */
public record PlanNames(Map<String, String> workers, Map<String, String> members, Map<String, String> skills,
		Map<String, String> requests, Map<String, String> sites) {

	/** No names: every id is shown as it is, for a solution built without its problem document. */
	public static final PlanNames IDS = new PlanNames(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

	public PlanNames {
		workers = Map.copyOf(workers);
		members = Map.copyOf(members);
		skills = Map.copyOf(skills);
		requests = Map.copyOf(requests);
		sites = Map.copyOf(sites);
	}

	public static PlanNames of(ProblemDocument problem) {
		var members = byId(problem.members(), ProblemDocument.Member::id, ProblemDocument.Member::name);
		var skills = byId(problem.skills(), ProblemDocument.Skill::id, ProblemDocument.Skill::name);
		var requests = byId(problem.requests(), ProblemDocument.Request::id,
				request -> members.getOrDefault(request.member(), request.member()) + " — "
						+ skills.getOrDefault(request.skill(), request.skill()));
		var sites = byId(problem.members().stream().flatMap(member -> member.sites().stream()).toList(),
				ProblemDocument.Site::id, ProblemDocument.Site::name);
		return new PlanNames(byId(problem.workers(), ProblemDocument.Worker::id, ProblemDocument.Worker::name), members,
				skills, requests, sites);
	}

	public String worker(String id) {
		return workers.getOrDefault(id, id);
	}

	public String member(String id) {
		return members.getOrDefault(id, id);
	}

	public String site(String id) {
		return sites.getOrDefault(id, id);
	}

	public String request(String id) {
		return requests.getOrDefault(id, id);
	}

	/** A shift ({@code <request id>#<index>}) by its request: a request's shifts differ by their day and time. */
	public String shift(String shiftId) {
		var hash = shiftId.lastIndexOf('#');
		return request(hash < 0 ? shiftId : shiftId.substring(0, hash));
	}

	public String skill(String id) {
		return skills.getOrDefault(id, id);
	}

	private static <T> Map<String, String> byId(List<T> items, Function<T, String> id, Function<T, String> name) {
		return items.stream().collect(Collectors.toMap(id, name, (first, second) -> first));
	}

}
