CREATE TABLE "sales_period_totals" (
	"org_id" uuid NOT NULL,
	"first_month" date NOT NULL,
	"last_month" date NOT NULL,
	"customer_id" uuid NOT NULL,
	"sales_fen" bigint NOT NULL,
	CONSTRAINT "sales_period_totals_org_id_first_month_last_month_customer_id_pk" PRIMARY KEY("org_id","first_month","last_month","customer_id")
);
--> statement-breakpoint
CREATE TABLE "sales_periods" (
	"org_id" uuid NOT NULL,
	"first_month" date NOT NULL,
	"last_month" date NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_periods_org_id_first_month_last_month_pk" PRIMARY KEY("org_id","first_month","last_month")
);
--> statement-breakpoint
ALTER TABLE "sales_period_totals" ADD CONSTRAINT "sales_period_totals_period_fk" FOREIGN KEY ("org_id","first_month","last_month") REFERENCES "sales_periods"("org_id","first_month","last_month") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_periods" ADD CONSTRAINT "sales_periods_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;