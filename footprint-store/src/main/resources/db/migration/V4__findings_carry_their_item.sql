-- Each finding carries what the store keeps of its item (platform, native id, kind, time, content hash), and the items
-- table goes: a scan of 100,000 tweets wrote ~18,000 item rows beside ~20,000 findings, each as dear to write as a
-- finding (a row, a key, and the findings' foreign key looked up in it), for four columns read only beside a finding.
ALTER TABLE findings ADD COLUMN platform VARCHAR(100);
ALTER TABLE findings ADD COLUMN native_id VARCHAR(2000);
ALTER TABLE findings ADD COLUMN kind VARCHAR(50);
ALTER TABLE findings ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE findings ADD COLUMN content_hash CHAR(64);
UPDATE findings SET (platform, native_id, kind, created_at, content_hash) = (SELECT i.platform, i.native_id, i.kind, i.created_at, i.content_hash
  FROM items i WHERE i.scan_id = findings.scan_id AND i.item_id = findings.item_id);
ALTER TABLE findings ALTER COLUMN platform SET NOT NULL;
ALTER TABLE findings ALTER COLUMN kind SET NOT NULL;
ALTER TABLE findings ALTER COLUMN content_hash SET NOT NULL;
DROP TABLE items CASCADE;
-- A scan's findings still go with it.
ALTER TABLE findings ADD CONSTRAINT findings_of_a_scan FOREIGN KEY (scan_id) REFERENCES scans (id) ON DELETE CASCADE;
