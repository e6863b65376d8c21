-- SPDX-License-Identifier: GPL-3.0-or-later
-- Parley store, schema version 3: articles are looked up by publication date whenever one is stored (a copy
-- of an article stored by an earlier ingest run is found among the articles of the days around it, and a
-- follow-up report joins the story of a headline published within three days), so those lookups use an
-- index instead of reading every article.

CREATE INDEX articles_published ON articles (published);
