package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.mosaic.base.LabourLaw;
import fr.mosaic.base.Translations;
import fr.mosaic.planning.solver.ConstraintWeights;

class PlanningTranslationsTest {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Test
	void frenchAndEnglishHoldTheSamePlanningKeys() {
		assertThat(planningKeys(Locale.ENGLISH)).isEqualTo(planningKeys(Locale.ROOT));
	}

	@Test
	void everyRuleAndEveryBlockingRuleHasAName() {
		Set<String> keys = planningKeys(Locale.ROOT);
		ConstraintWeights.defaultWeights().keySet().forEach(rule -> assertThat(keys).contains("planning.rule." + rule));
		for (UncoveredReasons.Block block : UncoveredReasons.Block.values()) {
			assertThat(keys).contains(block.key());
		}
	}

	@Test
	void rulesStateTheLawsFiguresFromLabourLaw() {
		assertThat(PlanningMessage.of("planning.block.dutyPeriod", LabourLaw.messageArguments()).render(Locale.ENGLISH))
				.isEqualTo("would exceed a 13 h working day or cut the 11 h rest");
		assertThat(PlanningMessage.of("planning.block.excluded", LabourLaw.messageArguments()).render(Locale.ROOT))
				.isEqualTo("exclusion entre l'adhérent et le salarié");
	}

	private static Set<String> planningKeys(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(Translations.BUNDLE, locale, NO_FALLBACK);
		return bundle.keySet().stream().filter(key -> key.startsWith("planning.")).collect(Collectors.toSet());
	}

}
