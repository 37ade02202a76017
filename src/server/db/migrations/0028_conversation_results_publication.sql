-- Conversations' public results (issue 14): when the district published the results page
-- /c/<code>/results; null while it is not published (the page is then 404).
alter table conversations add column results_published_at timestamptz;
