CREATE TABLE "visit_plan_revisions" (
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"approved_by" uuid NOT NULL,
	"comment" text,
	"contacts" jsonb NOT NULL,
	"reopened_at" timestamp with time zone,
	"reopened_by" uuid,
	"reopen_reason" text,
	CONSTRAINT "visit_plan_revisions_org_id_plan_id_revision_pk" PRIMARY KEY("org_id","plan_id","revision")
);
--> statement-breakpoint
ALTER TABLE "visit_plan_revisions" ADD CONSTRAINT "visit_plan_revisions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_revisions" ADD CONSTRAINT "visit_plan_revisions_plan_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "visit_plans"("org_id","id") ON DELETE cascade ON UPDATE no action;