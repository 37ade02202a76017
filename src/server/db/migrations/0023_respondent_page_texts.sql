-- The respondent page's own words (buttons, "Page 1 of 3", the mode in plain words, errors, the
-- thanks, the kiosk) in each further language a district's surveys use: language code -> { message
-- key -> text }, e.g. {"ar": {"next": "التالي"}}. English and Spanish are built in and never stored
-- here. The keys and the checks (placeholders kept, no empty text) are the application's
-- (src/core/engagement/page-texts.ts); a survey opens in a language only once it has every text.
alter table engagement_settings add column page_texts jsonb not null default '{}'::jsonb;
