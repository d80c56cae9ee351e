DROP INDEX "customer_imports_org_user_idx";--> statement-breakpoint
ALTER TABLE "customer_imports" ADD COLUMN "kind" text DEFAULT 'customers' NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_imports" ADD COLUMN "unchanged" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "customer_imports_org_user_idx" ON "customer_imports" USING btree ("org_id","user_id","kind","created_at" desc);