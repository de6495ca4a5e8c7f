package fr.mosaic.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.mosaic.base.Translations;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.solver.ConstraintWeights;
import fr.mosaic.planning.solver.justification.BreakJustification;
import fr.mosaic.planning.solver.justification.ConsolidationJustification;
import fr.mosaic.planning.solver.justification.DailyWorkJustification;
import fr.mosaic.planning.solver.justification.DutyPeriodJustification;
import fr.mosaic.planning.solver.justification.EmployersPerDayJustification;
import fr.mosaic.planning.solver.justification.OutsideContractPlaceJustification;
import fr.mosaic.planning.solver.justification.RequiredSkillJustification;
import fr.mosaic.planning.solver.justification.SameWorkerJustification;
import fr.mosaic.planning.solver.justification.UncoveredMinutesJustification;

class PenaltyTextTest {

	static final ProblemDocument PROBLEM = new ProblemDocument(LocalDate.of(2026, 11, 23), null, null,
			List.of(new ProblemDocument.Skill("bookkeeping", "Comptabilité")),
			List.of(new ProblemDocument.Member("m1", "Boulangerie du Parc",
					List.of(new ProblemDocument.Site("m1-s1", "Boutique", 45.76, 4.83)), List.of())),
			List.of(new ProblemDocument.Worker("w1", "Alice Dupont", 2100, null, null, List.of(), null, List.of(),
					List.of(), List.of(), List.of()),
					new ProblemDocument.Worker("w2", "Bruno Petit", 1440, null, null, List.of(), null, List.of(),
							List.of(), List.of(), List.of())),
			List.of(new ProblemDocument.Request("r1", "m1", "m1-s1", "bookkeeping", 240, 2, List.of(), null, null,
					null)),
			List.of(), List.of(), null);

	@Test
	void everyRuleHasItsSentenceInBothLanguages() {
		for (var rule : ConstraintWeights.defaultWeights().keySet()) {
			for (var locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
				assertThat(Translations.translate("planning.justification." + rule, locale)).as(rule)
						.doesNotStartWith("!");
			}
		}
	}

	@Test
	void namesTheWorkerMemberAndDayInsteadOfIds() {
		assertThat(new PenaltyText(PROBLEM, Locale.FRENCH).render("dailyWorkOf10Hours",
				new DailyWorkJustification("w1", 1, List.of("r1#0", "r2#1"), 45)))
				.isEqualTo("Alice Dupont dépasse de 45 min les 10 h de travail ce mardi");
		assertThat(new PenaltyText(PROBLEM, Locale.ENGLISH).render("requiredSkill",
				new RequiredSkillJustification("w1", "m1", "r1#0", 0, 240, "Comptabilité")))
				.isEqualTo("Alice Dupont lacks the skill Comptabilité that Boulangerie du Parc needs (Monday)");
	}

	@Test
	void countsExtraEmployersInWordsWithoutABracketedPlural() {
		assertThat(new PenaltyText(PROBLEM, Locale.FRENCH).render("employersPerWorkerPerDay",
				new EmployersPerDayJustification("w1", 1, List.of("r1#0", "r2#1"), 1)))
				.isEqualTo("Alice Dupont travaille pour un employeur de plus ce mardi");
		assertThat(new PenaltyText(PROBLEM, Locale.ENGLISH).render("employersPerWorkerPerDay",
				new EmployersPerDayJustification("w1", 0, List.of("r1#0", "r2#1", "r2#2"), 2)))
				.isEqualTo("Alice Dupont works for 2 more employers on Monday");
	}

	@Test
	void saysMinutesAsHoursAndRequestsByMemberAndSkill() {
		assertThat(new PenaltyText(PROBLEM, Locale.FRENCH).render("consolidateToContractHours",
				new ConsolidationJustification("w1", 1871, 2100, 229)))
				.isEqualTo("Alice Dupont : 31 h 11 planifiées pour un contrat de 35 h (3 h 49 manquent)");
		assertThat(new PenaltyText(PROBLEM, Locale.ENGLISH).render("sameWorkerWithinRequest",
				new SameWorkerJustification("r1", "m1", List.of("w1", "w2"), 240)))
				.isEqualTo("Boulangerie du Parc — Comptabilité: request shared between Alice Dupont, Bruno Petit");
	}

	@Test
	void saysAnUncoveredShiftsOwnMinutesNotItsWeightedOnes() {
		// a contracted request's minutes weigh twice
		assertThat(new PenaltyText(PROBLEM, Locale.FRENCH).render("uncoveredMinutes",
				new UncoveredMinutesJustification("m1", "r1", "r1#1", 480, false)))
				.isEqualTo("Boulangerie du Parc — Comptabilité : 4 h non couvertes");
		assertThat(new PenaltyText(PROBLEM, Locale.ENGLISH).render("uncoveredMinutes",
				new UncoveredMinutesJustification("m1", "r1", "r1#1", 240, true)))
				.isEqualTo("Boulangerie du Parc — Comptabilité: 4 h not covered");
	}

	@Test
	void namesThePlaceOfWorkOutsideTheContract() {
		var outside = new OutsideContractPlaceJustification("w1", "m1", "m1-s1", "r1#0", 0, 240);
		assertThat(new PenaltyText(PROBLEM, Locale.ENGLISH).render("placeOfWorkInContract", outside))
				.isEqualTo("Boutique (Boulangerie du Parc) is not in Alice Dupont's contract (Monday)");
		assertThat(new PenaltyText(PROBLEM, Locale.FRENCH).render("placeOfWorkInContract", outside))
				.isEqualTo("Alice Dupont : le site Boutique (Boulangerie du Parc) n'est pas dans son contrat (lundi)");
	}

	@Test
	void writesTheLegalFiguresFromLabourLaw() {
		assertThat(new PenaltyText(PROBLEM, Locale.ENGLISH).render("breakAfter6Hours",
				new BreakJustification("w1", 0, List.of("r1#0"), 30)))
				.isEqualTo("Alice Dupont works over 6 h without a 20 min break on Monday (30 min too many)");
		assertThat(new PenaltyText(PROBLEM, Locale.FRENCH).render("dutyPeriodOf13Hours",
				new DutyPeriodJustification("w1", 2, List.of("r1#0", "r2#0"), 15)))
				.isEqualTo("Alice Dupont : amplitude de plus de 13 h ou repos de moins de 11 h ce mercredi (15 min)");
	}

}
