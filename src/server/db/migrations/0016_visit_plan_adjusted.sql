ALTER TABLE "visit_plans" ADD COLUMN "adjusted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD COLUMN "adjusted_by" uuid;