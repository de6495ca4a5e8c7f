package fr.mosaic.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Travel;

class TravelTimesTest {

	private static final Site LYON = new Site("lyon", "Lyon", 45.764, 4.8357);

	private static final Site PARIS = new Site("paris", "Paris", 48.8566, 2.3522);

	private static final Site ONE_DEGREE_NORTH = new Site("north", "Nord", 46.764, 4.8357);

	@Test
	void haversineGivesKnownDistances() {
		assertThat(TravelTimes.haversineKm(45.0, 4.0, 46.0, 4.0)).isCloseTo(111.19, within(0.01));
		assertThat(TravelTimes.haversineKm(48.8566, 2.3522, 45.764, 4.8357)).isCloseTo(391.50, within(0.01));
		assertThat(TravelTimes.haversineKm(45.764, 4.8357, 45.764, 4.8357)).isZero();
	}

	@Test
	void oppositeSidesOfTheEarthAreHalfItsCircumference() {
		assertThat(TravelTimes.haversineKm(45.0, 4.0, -45.0, -176.0)).isCloseTo(Math.PI * 6371, within(0.01));
	}

	@Test
	void minutesAreTheDetouredDistanceAtSpeedRoundedUp() {
		TravelTimes travel = TravelTimes.of(problem(null, LYON, ONE_DEGREE_NORTH, PARIS));

		// 60 * 1.3 * 111.19 km / 40 km/h = 216.8 min
		assertThat(travel.minutes(LYON, ONE_DEGREE_NORTH)).isEqualTo(217);
		assertThat(travel.minutes(ONE_DEGREE_NORTH, LYON)).isEqualTo(217);
		assertThat(travel.minutes(LYON, LYON)).isZero();
	}

	@Test
	void theMatrixOverridesOneDirection() {
		TravelTimes travel = TravelTimes.of(problem(Map.of("lyon", Map.of("paris", 120)), LYON, PARIS));

		assertThat(travel.minutes(LYON, PARIS)).isEqualTo(120);
		assertThat(travel.minutes(PARIS, LYON)).isEqualTo(764);
	}

	@Test
	void aSiteWithoutCoordinatesIsAnError() {
		Site nowhere = new Site("nowhere", "Nulle part", null, null);
		TravelTimes travel = TravelTimes.of(problem(null, LYON, nowhere));

		assertThatIllegalArgumentException().isThrownBy(() -> travel.minutes(LYON, nowhere))
				.withMessageContaining("nowhere");
	}

	private static ProblemDocument problem(Map<String, Map<String, Integer>> matrix, Site... sites) {
		return new ProblemDocument(LocalDate.of(2026, 11, 23), "Europe/Paris", new Travel(40.0, 1.3), List.of(),
				List.of(new Member("m", "M", List.of(sites), List.of())), List.of(), List.of(), List.of(), List.of(),
				matrix);
	}

}
