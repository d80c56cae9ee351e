DROP INDEX "customers_org_owner_idx";--> statement-breakpoint
DROP INDEX "customers_org_office_idx";--> statement-breakpoint
DROP INDEX "customers_org_region_idx";--> statement-breakpoint
CREATE INDEX "customers_org_owner_name_idx" ON "customers" USING btree ("org_id","owner_id","name","id");--> statement-breakpoint
CREATE INDEX "customers_org_office_name_idx" ON "customers" USING btree ("org_id","office_id","name","id");--> statement-breakpoint
CREATE INDEX "customers_org_updated_idx" ON "customers" USING btree ("org_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "customers_org_region_type_idx" ON "customers" USING btree ("org_id","region_code","type_code","status");