-- Sites keep the order they were created in (by id); the order column Hibernate warned about is gone.
ALTER TABLE site DROP COLUMN position;
