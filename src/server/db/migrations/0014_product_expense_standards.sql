CREATE TABLE "product_expense_standards" (
	"org_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"standard_fen" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_expense_standards_org_id_product_id_effective_from_pk" PRIMARY KEY("org_id","product_id","effective_from"),
	CONSTRAINT "product_expense_standards_fen_ck" CHECK ("product_expense_standards"."standard_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "product_expense_standards" ADD CONSTRAINT "product_expense_standards_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_expense_standards" ADD CONSTRAINT "product_expense_standards_product_fk" FOREIGN KEY ("org_id","product_id") REFERENCES "products"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_expense_standards" ADD CONSTRAINT "product_expense_standards_created_by_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Every existing product's current standard, in force from 2000-01-01 (the start of its history).
INSERT INTO "product_expense_standards" ("org_id", "product_id", "effective_from", "standard_fen", "created_at")
SELECT "org_id", "id", '2000-01-01', "expense_standard_fen", "created_at" FROM "products";
