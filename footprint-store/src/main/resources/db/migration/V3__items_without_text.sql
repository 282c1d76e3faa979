-- The store keeps no copy of a post's text: nothing read it back (a finding keeps its message and its evidence, the
-- words that made it fire), and a copy in the store, scan after scan, is a copy the user did not ask for. An edit is
-- still seen: the content hash stays.
ALTER TABLE items DROP COLUMN item_text;
