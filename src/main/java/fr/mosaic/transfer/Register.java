package fr.mosaic.transfer;

import org.springframework.stereotype.Component;

import fr.mosaic.base.GroupSettingsService;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.RequestService;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

/** The services a problem file is read from and written to: the group's whole register and its weeks. */
@Component
record Register(GroupSettingsService settings, SkillService skills, MemberService members, WorkerService workers,
		RequestService requests, WeekPlanService weekPlans) {
}
