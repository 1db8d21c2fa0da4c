-- A source is a web address or a citation: the address and the publisher become optional, the title stays required.
ALTER TABLE source ALTER COLUMN url DROP NOT NULL;
ALTER TABLE source ALTER COLUMN publisher DROP NOT NULL;

-- A source without an address is found again by its citation: publisher and title as one text, in lower case, with
-- runs of spaces as one (the application's CitationKey). Every source recorded so far has an address, so none needs
-- one yet. Not unique: like a second source at a known address, a second one with a known citation may be recorded
-- on purpose, and a user must not be refused one because of a source they may not see.
ALTER TABLE source ADD COLUMN citation_key VARCHAR(1003);
CREATE INDEX ix_source_citation_key ON source (citation_key);

-- Either an address or a citation key, never both nor neither, whoever writes to the table.
ALTER TABLE source ADD CONSTRAINT ck_source_address_or_citation
    CHECK ((url IS NOT NULL AND citation_key IS NULL) OR (url IS NULL AND citation_key IS NOT NULL));
