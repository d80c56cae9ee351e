CREATE TABLE "customer_contacts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"roles" text[] NOT NULL,
	"title" text,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"wechat" text,
	"birthday" text,
	"birthday_lunar" boolean DEFAULT false NOT NULL,
	"preferences" text,
	"left" boolean DEFAULT false NOT NULL,
	"left_on" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "customer_contacts_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_history" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "customer_history_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"customer_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "customer_history_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_types" (
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"zh" text NOT NULL,
	"en" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "customer_types_org_id_code_pk" PRIMARY KEY("org_id","code")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"external_code" text,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"search_text" text NOT NULL,
	"type_code" text NOT NULL,
	"region_code" text,
	"address" text,
	"lng" double precision,
	"lat" double precision,
	"datum" text,
	"office_id" uuid NOT NULL,
	"owner_id" uuid,
	"status" text NOT NULL,
	"source" text,
	"source_note" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"credit_code" text,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"preferences" text,
	"important_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "customers_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "customer_contacts" ADD CONSTRAINT "customer_contacts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_contacts" ADD CONSTRAINT "contacts_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_history" ADD CONSTRAINT "customer_history_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_history" ADD CONSTRAINT "history_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_types" ADD CONSTRAINT "customer_types_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_office_fk" FOREIGN KEY ("org_id","office_id") REFERENCES "offices"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_owner_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_type_fk" FOREIGN KEY ("org_id","type_code") REFERENCES "customer_types"("org_id","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_org_customer_idx" ON "customer_contacts" USING btree ("org_id","customer_id");--> statement-breakpoint
CREATE INDEX "history_org_customer_at_idx" ON "customer_history" USING btree ("org_id","customer_id","at" desc,"seq" desc);--> statement-breakpoint
CREATE UNIQUE INDEX "customers_external_code_uq" ON "customers" USING btree ("org_id","external_code") WHERE "customers"."external_code" is not null;--> statement-breakpoint
CREATE INDEX "customers_org_name_idx" ON "customers" USING btree ("org_id","name","id");--> statement-breakpoint
CREATE INDEX "customers_org_owner_idx" ON "customers" USING btree ("org_id","owner_id");--> statement-breakpoint
CREATE INDEX "customers_org_office_idx" ON "customers" USING btree ("org_id","office_id");--> statement-breakpoint
CREATE INDEX "customers_org_region_idx" ON "customers" USING btree ("org_id","region_code");--> statement-breakpoint
CREATE INDEX "customers_org_credit_idx" ON "customers" USING btree ("org_id","credit_code");--> statement-breakpoint
CREATE INDEX "customers_org_name_key_idx" ON "customers" USING btree ("org_id","name_key");--> statement-breakpoint
CREATE INDEX "customers_phones_idx" ON "customers" USING gin ("phones");--> statement-breakpoint
CREATE INDEX "customers_search_idx" ON "customers" USING gin ("search_text" gin_trgm_ops);