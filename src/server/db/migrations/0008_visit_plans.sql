CREATE TABLE "customer_visit_rules" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"visits_per_month" integer,
	"phone_allowed" boolean,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_visit_rules_org_id_customer_id_pk" PRIMARY KEY("org_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "rep_travel_settings" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"start_lng" double precision NOT NULL,
	"start_lat" double precision NOT NULL,
	"start_datum" text DEFAULT 'GCJ-02' NOT NULL,
	"mode" text DEFAULT 'motorbike' NOT NULL,
	"daily_capacity" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rep_travel_settings_org_id_user_id_pk" PRIMARY KEY("org_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "visit_plan_items" (
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"date" date NOT NULL,
	"seq" integer NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"objective" text NOT NULL,
	"objective_en" text,
	CONSTRAINT "visit_plan_items_org_id_plan_id_date_seq_pk" PRIMARY KEY("org_id","plan_id","date","seq"),
	CONSTRAINT "visit_plan_items_customer_day_uq" UNIQUE("org_id","plan_id","date","customer_id")
);
--> statement-breakpoint
CREATE TABLE "visit_plans" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"daily_capacity" integer NOT NULL,
	"mode" text NOT NULL,
	"start" jsonb NOT NULL,
	"days" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"unplaced" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"comment" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"generated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_plans_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "visit_plans_rep_month_uq" UNIQUE("org_id","rep_id","month")
);
--> statement-breakpoint
ALTER TABLE "customer_visit_rules" ADD CONSTRAINT "customer_visit_rules_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_visit_rules" ADD CONSTRAINT "customer_visit_rules_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rep_travel_settings" ADD CONSTRAINT "rep_travel_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rep_travel_settings" ADD CONSTRAINT "rep_travel_settings_user_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_items" ADD CONSTRAINT "visit_plan_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_items" ADD CONSTRAINT "visit_plan_items_plan_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "visit_plans"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_items" ADD CONSTRAINT "visit_plan_items_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_office_fk" FOREIGN KEY ("org_id","office_id") REFERENCES "offices"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_plans_org_office_month_idx" ON "visit_plans" USING btree ("org_id","office_id","month");