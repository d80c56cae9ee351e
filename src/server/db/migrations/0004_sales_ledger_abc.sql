CREATE TABLE "abc_grades" (
	"org_id" uuid NOT NULL,
	"grading_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"grade" text NOT NULL,
	"sales_fen" bigint NOT NULL,
	"rank" integer,
	"cumulative_bp" integer,
	CONSTRAINT "abc_grades_org_id_grading_id_customer_id_pk" PRIMARY KEY("org_id","grading_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "abc_gradings" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"scope" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"settings" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"computed_by" uuid,
	CONSTRAINT "abc_gradings_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "collections" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"collected_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"external_ref" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collections_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"org_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"product_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_fen" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"cost_fen" bigint NOT NULL,
	CONSTRAINT "order_lines_org_id_order_id_line_no_pk" PRIMARY KEY("org_id","order_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"order_date" date NOT NULL,
	"return_of" uuid,
	"external_ref" text,
	"source" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"cost_fen" bigint NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "org_settings" (
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_settings_org_id_key_pk" PRIMARY KEY("org_id","key")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"spec" text,
	"category" text NOT NULL,
	"unit" text NOT NULL,
	"list_price_fen" bigint NOT NULL,
	"cost_fen" bigint NOT NULL,
	"expense_standard_fen" bigint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "products_org_code_uq" UNIQUE("org_id","code")
);
--> statement-breakpoint
CREATE TABLE "sales_monthly" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"month" date NOT NULL,
	"product_id" uuid NOT NULL,
	"quantity" integer DEFAULT 0 NOT NULL,
	"sales_fen" bigint DEFAULT 0 NOT NULL,
	"cost_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "sales_monthly_org_id_customer_id_month_product_id_pk" PRIMARY KEY("org_id","customer_id","month","product_id")
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "grade" text;--> statement-breakpoint
ALTER TABLE "abc_grades" ADD CONSTRAINT "abc_grades_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_grades" ADD CONSTRAINT "abc_grades_grading_fk" FOREIGN KEY ("org_id","grading_id") REFERENCES "abc_gradings"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_grades" ADD CONSTRAINT "abc_grades_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_gradings" ADD CONSTRAINT "abc_gradings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_order_fk" FOREIGN KEY ("org_id","order_id") REFERENCES "orders"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_fk" FOREIGN KEY ("org_id","order_id") REFERENCES "orders"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_product_fk" FOREIGN KEY ("org_id","product_id") REFERENCES "products"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_return_of_fk" FOREIGN KEY ("org_id","return_of") REFERENCES "orders"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_settings" ADD CONSTRAINT "org_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_monthly" ADD CONSTRAINT "sales_monthly_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_monthly" ADD CONSTRAINT "sales_monthly_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_monthly" ADD CONSTRAINT "sales_monthly_product_fk" FOREIGN KEY ("org_id","product_id") REFERENCES "products"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "abc_grades_org_customer_idx" ON "abc_grades" USING btree ("org_id","customer_id");--> statement-breakpoint
CREATE INDEX "abc_gradings_org_kind_at_idx" ON "abc_gradings" USING btree ("org_id","kind","computed_at" desc);--> statement-breakpoint
CREATE UNIQUE INDEX "collections_external_ref_uq" ON "collections" USING btree ("org_id","external_ref") WHERE "collections"."external_ref" is not null;--> statement-breakpoint
CREATE INDEX "collections_org_order_idx" ON "collections" USING btree ("org_id","order_id");--> statement-breakpoint
CREATE INDEX "collections_org_customer_date_idx" ON "collections" USING btree ("org_id","customer_id","collected_on");--> statement-breakpoint
CREATE INDEX "order_lines_org_product_idx" ON "order_lines" USING btree ("org_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_external_ref_uq" ON "orders" USING btree ("org_id","external_ref") WHERE "orders"."external_ref" is not null;--> statement-breakpoint
CREATE INDEX "orders_org_customer_date_idx" ON "orders" USING btree ("org_id","customer_id","order_date");--> statement-breakpoint
CREATE INDEX "orders_org_date_idx" ON "orders" USING btree ("org_id","order_date");--> statement-breakpoint
CREATE INDEX "sales_monthly_org_month_idx" ON "sales_monthly" USING btree ("org_id","month");