CREATE TABLE "calendar_overrides" (
	"org_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_overrides_org_id_date_pk" PRIMARY KEY("org_id","date")
);
--> statement-breakpoint
ALTER TABLE "customer_visit_rules" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "rep_travel_settings" ADD COLUMN "start_kind" text DEFAULT 'office' NOT NULL;--> statement-breakpoint
ALTER TABLE "rep_travel_settings" ADD COLUMN "end_lng" double precision;--> statement-breakpoint
ALTER TABLE "rep_travel_settings" ADD COLUMN "end_lat" double precision;--> statement-breakpoint
ALTER TABLE "rep_travel_settings" ADD COLUMN "end_datum" text;--> statement-breakpoint
ALTER TABLE "calendar_overrides" ADD CONSTRAINT "calendar_overrides_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_overrides" ADD CONSTRAINT "calendar_overrides_created_by_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;