package fr.mosaic.weekplan;

import java.time.LocalDate;

/**
 * A week's plan was published to members and workers. Raised inside the publishing transaction: listeners that react in
 * another feature take it with {@code @ApplicationModuleListener}, after the commit, so a failing reaction never takes
 * the publication back.
 */
public record WeekPlanPublished(LocalDate weekStart) {
}
