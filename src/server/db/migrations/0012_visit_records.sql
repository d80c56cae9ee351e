CREATE TABLE "visit_photos" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_photos_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"plan_id" uuid,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"check_in_at" timestamp with time zone NOT NULL,
	"check_in_lng" double precision,
	"check_in_lat" double precision,
	"check_in_accuracy" double precision,
	"check_in_distance" integer,
	"check_in_status" text,
	"check_in_tolerance" integer,
	"flagged" boolean DEFAULT false NOT NULL,
	"check_out_at" timestamp with time zone,
	"check_out_lng" double precision,
	"check_out_lat" double precision,
	"check_out_accuracy" double precision,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"next_steps" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "visits_rep_customer_date_uq" UNIQUE("org_id","rep_id","customer_id","date")
);
--> statement-breakpoint
ALTER TABLE "visit_photos" ADD CONSTRAINT "visit_photos_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_photos" ADD CONSTRAINT "visit_photos_visit_fk" FOREIGN KEY ("org_id","visit_id") REFERENCES "visits"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_office_fk" FOREIGN KEY ("org_id","office_id") REFERENCES "offices"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_plan_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "visit_plans"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_photos_org_visit_idx" ON "visit_photos" USING btree ("org_id","visit_id");--> statement-breakpoint
CREATE INDEX "visits_org_customer_date_idx" ON "visits" USING btree ("org_id","customer_id","date" desc);--> statement-breakpoint
CREATE INDEX "visits_org_rep_date_idx" ON "visits" USING btree ("org_id","rep_id","date");--> statement-breakpoint
CREATE INDEX "visits_org_office_date_idx" ON "visits" USING btree ("org_id","office_id","date");