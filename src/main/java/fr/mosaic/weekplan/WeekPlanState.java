package fr.mosaic.weekplan;

/** A draft is the coordinator's to change; a published plan is what members and workers read. */
public enum WeekPlanState {

	DRAFT, PUBLISHED

}
