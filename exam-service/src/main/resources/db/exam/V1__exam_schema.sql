-- The exam service's schema starts empty; its tables arrive with the issues that need them.
COMMENT ON SCHEMA exam IS 'Saima exam service';
