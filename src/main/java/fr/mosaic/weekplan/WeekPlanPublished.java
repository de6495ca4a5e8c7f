package fr.mosaic.weekplan;

import java.time.LocalDate;

/**
 * A week's plan was published to members and workers. Raised inside the publishing transaction: listeners that react in
 * another feature take it after the commit ({@code @TransactionalEventListener}, as planning does to stop solving the
 * week), so that a rolled-back publication is never heard and a failing reaction never takes the publication back.
 */
public record WeekPlanPublished(LocalDate weekStart) {
}
