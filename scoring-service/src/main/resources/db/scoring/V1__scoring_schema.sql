-- Campaigns, positions and candidates live in core (shared by all services); the scoring service's
-- own tables (panels, rubrics, scores, stages) arrive with the examiner-scoring work.
COMMENT ON SCHEMA scoring IS 'Saima scoring service';
