-- The publication stamp (count and latest publication) is read on every catalogue request.
create index catalog_version_published_idx on catalog_item_version (published_at) where status = 'PUBLISHED';
