-- The live service's schema starts empty; its tables arrive with the issues that need them.
COMMENT ON SCHEMA live IS 'Saima live service';
