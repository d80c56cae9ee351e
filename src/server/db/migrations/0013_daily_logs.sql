CREATE TABLE "daily_logs" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"date" date NOT NULL,
	"summary" text NOT NULL,
	"summary_at" timestamp with time zone NOT NULL,
	"manager_comment" text,
	"commented_by" uuid,
	"commented_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daily_logs_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "daily_logs_rep_date_uq" UNIQUE("org_id","rep_id","date")
);
--> statement-breakpoint
ALTER TABLE "daily_logs" ADD CONSTRAINT "daily_logs_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_logs" ADD CONSTRAINT "daily_logs_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_logs" ADD CONSTRAINT "daily_logs_office_fk" FOREIGN KEY ("org_id","office_id") REFERENCES "offices"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_logs" ADD CONSTRAINT "daily_logs_commented_by_fk" FOREIGN KEY ("org_id","commented_by") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "daily_logs_org_office_date_idx" ON "daily_logs" USING btree ("org_id","office_id","date");