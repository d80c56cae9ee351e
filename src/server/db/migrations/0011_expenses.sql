CREATE TABLE "expense_payout_draws" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"drawn_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"receipts_fen" bigint DEFAULT 0 NOT NULL,
	"returned_fen" bigint DEFAULT 0 NOT NULL,
	"settled_on" date,
	"settled_by" uuid,
	"settled_at" timestamp with time zone,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "expense_payout_draws_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "expense_payout_draws_amounts_ck" CHECK ("expense_payout_draws"."amount_fen" > 0 and "expense_payout_draws"."receipts_fen" >= 0 and "expense_payout_draws"."returned_fen" >= 0 and "expense_payout_draws"."receipts_fen" + "expense_payout_draws"."returned_fen" <= "expense_payout_draws"."amount_fen")
);
--> statement-breakpoint
CREATE TABLE "expense_review_events" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "expense_review_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"statement_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"on" date NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"status_before" text,
	"status_after" text NOT NULL,
	"customer_id" uuid,
	"amount_before_fen" bigint,
	"amount_after_fen" bigint,
	"comment" text,
	"late" boolean DEFAULT false NOT NULL,
	CONSTRAINT "expense_review_events_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "expense_special_applications" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"usage" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"filed_on" date NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_on" date,
	"decided_at" timestamp with time zone,
	"decision_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expense_special_applications_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "expense_special_applications_amount_ck" CHECK ("expense_special_applications"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "expense_spot_check_items" (
	"org_id" uuid NOT NULL,
	"spot_check_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"result" text,
	"note" text,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "expense_spot_check_items_org_id_spot_check_id_customer_id_pk" PRIMARY KEY("org_id","spot_check_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "expense_spot_checks" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"seed" bigint NOT NULL,
	"sample_size" integer NOT NULL,
	"drawn_by" uuid NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL,
	CONSTRAINT "expense_spot_checks_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "expense_spot_checks_statement_uq" UNIQUE("org_id","statement_id"),
	CONSTRAINT "expense_spot_checks_seed_ck" CHECK ("expense_spot_checks"."seed" >= 0 and "expense_spot_checks"."seed" <= 4294967295 and "expense_spot_checks"."sample_size" > 0)
);
--> statement-breakpoint
CREATE TABLE "expense_statement_rows" (
	"org_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"purchases_fen" bigint NOT NULL,
	"collected_fen" bigint NOT NULL,
	"collection_rate_bp" integer,
	"standard_fen" bigint NOT NULL,
	"payable_fen" bigint NOT NULL,
	"basis" text NOT NULL,
	"adjusted_fen" bigint,
	"adjustment_reason" text,
	"adjusted_by" uuid,
	"adjusted_at" timestamp with time zone,
	"final_fen" bigint NOT NULL,
	"products" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "expense_statement_rows_org_id_statement_id_customer_id_pk" PRIMARY KEY("org_id","statement_id","customer_id"),
	CONSTRAINT "expense_statement_rows_amounts_ck" CHECK ("expense_statement_rows"."collected_fen" >= 0 and "expense_statement_rows"."payable_fen" >= 0 and "expense_statement_rows"."final_fen" >= 0 and ("expense_statement_rows"."adjusted_fen" is null or "expense_statement_rows"."adjusted_fen" >= 0))
);
--> statement-breakpoint
CREATE TABLE "expense_statements" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"rules" jsonb NOT NULL,
	"submit_by" date NOT NULL,
	"review_by" date NOT NULL,
	"payout_from" date NOT NULL,
	"submitted_on" date,
	"submitted_at" timestamp with time zone,
	"clerk_by" uuid,
	"clerk_on" date,
	"clerk_at" timestamp with time zone,
	"manager_by" uuid,
	"manager_on" date,
	"manager_at" timestamp with time zone,
	"finance_by" uuid,
	"finance_on" date,
	"finance_at" timestamp with time zone,
	"last_return_by" uuid,
	"last_return_role" text,
	"last_return_on" date,
	"last_return_at" timestamp with time zone,
	"last_return_comment" text,
	"customer_count" integer DEFAULT 0 NOT NULL,
	"purchases_fen" bigint DEFAULT 0 NOT NULL,
	"collected_fen" bigint DEFAULT 0 NOT NULL,
	"standard_fen" bigint DEFAULT 0 NOT NULL,
	"payable_fen" bigint DEFAULT 0 NOT NULL,
	"final_fen" bigint DEFAULT 0 NOT NULL,
	"adjusted_rows" integer DEFAULT 0 NOT NULL,
	"drawn_fen" bigint DEFAULT 0 NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expense_statements_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "expense_statements_rep_month_uq" UNIQUE("org_id","rep_id","month"),
	CONSTRAINT "expense_statements_drawn_ck" CHECK ("expense_statements"."drawn_fen" >= 0 and "expense_statements"."drawn_fen" <= "expense_statements"."final_fen"),
	CONSTRAINT "expense_statements_amounts_ck" CHECK ("expense_statements"."collected_fen" >= 0 and "expense_statements"."payable_fen" >= 0 and "expense_statements"."final_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "expense_payout_draws" ADD CONSTRAINT "expense_payout_draws_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_payout_draws" ADD CONSTRAINT "expense_payout_draws_statement_fk" FOREIGN KEY ("org_id","statement_id") REFERENCES "expense_statements"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_payout_draws" ADD CONSTRAINT "expense_payout_draws_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_payout_draws" ADD CONSTRAINT "expense_payout_draws_recorded_by_fk" FOREIGN KEY ("org_id","recorded_by") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_review_events" ADD CONSTRAINT "expense_review_events_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_review_events" ADD CONSTRAINT "expense_review_events_statement_fk" FOREIGN KEY ("org_id","statement_id") REFERENCES "expense_statements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_special_applications" ADD CONSTRAINT "expense_special_applications_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_special_applications" ADD CONSTRAINT "expense_special_applications_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_special_applications" ADD CONSTRAINT "expense_special_applications_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_special_applications" ADD CONSTRAINT "expense_special_applications_office_fk" FOREIGN KEY ("org_id","office_id") REFERENCES "offices"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_spot_check_items" ADD CONSTRAINT "expense_spot_check_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_spot_check_items" ADD CONSTRAINT "expense_spot_check_items_check_fk" FOREIGN KEY ("org_id","spot_check_id") REFERENCES "expense_spot_checks"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_spot_check_items" ADD CONSTRAINT "expense_spot_check_items_row_fk" FOREIGN KEY ("org_id","statement_id","customer_id") REFERENCES "expense_statement_rows"("org_id","statement_id","customer_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_spot_checks" ADD CONSTRAINT "expense_spot_checks_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_spot_checks" ADD CONSTRAINT "expense_spot_checks_statement_fk" FOREIGN KEY ("org_id","statement_id") REFERENCES "expense_statements"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_statement_rows" ADD CONSTRAINT "expense_statement_rows_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_statement_rows" ADD CONSTRAINT "expense_statement_rows_statement_fk" FOREIGN KEY ("org_id","statement_id") REFERENCES "expense_statements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_statement_rows" ADD CONSTRAINT "expense_statement_rows_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_statements" ADD CONSTRAINT "expense_statements_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_statements" ADD CONSTRAINT "expense_statements_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_statements" ADD CONSTRAINT "expense_statements_office_fk" FOREIGN KEY ("org_id","office_id") REFERENCES "offices"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expense_payout_draws_org_rep_idx" ON "expense_payout_draws" USING btree ("org_id","rep_id","drawn_on");--> statement-breakpoint
CREATE INDEX "expense_payout_draws_org_statement_idx" ON "expense_payout_draws" USING btree ("org_id","statement_id");--> statement-breakpoint
CREATE INDEX "expense_review_events_org_statement_idx" ON "expense_review_events" USING btree ("org_id","statement_id","seq");--> statement-breakpoint
CREATE INDEX "expense_special_applications_org_filed_idx" ON "expense_special_applications" USING btree ("org_id","filed_on");--> statement-breakpoint
CREATE INDEX "expense_special_applications_org_rep_filed_idx" ON "expense_special_applications" USING btree ("org_id","rep_id","filed_on");--> statement-breakpoint
CREATE INDEX "expense_special_applications_org_customer_idx" ON "expense_special_applications" USING btree ("org_id","customer_id");--> statement-breakpoint
CREATE INDEX "expense_statement_rows_org_customer_idx" ON "expense_statement_rows" USING btree ("org_id","customer_id");--> statement-breakpoint
CREATE INDEX "expense_statements_org_month_office_idx" ON "expense_statements" USING btree ("org_id","month","office_id");--> statement-breakpoint
CREATE INDEX "expense_statements_org_status_month_idx" ON "expense_statements" USING btree ("org_id","status","month");