-- Skills share the named-entity rules of members, sites and workers: names up to 160 characters.
ALTER TABLE skill MODIFY name VARCHAR(160) NOT NULL;
