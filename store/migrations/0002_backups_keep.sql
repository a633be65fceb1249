-- How many daily backups Rada keeps in backups/ beside the database (the newest ones).
ALTER TABLE council ADD COLUMN backups_keep INTEGER NOT NULL DEFAULT 14
    CHECK (backups_keep BETWEEN 1 AND 365);
