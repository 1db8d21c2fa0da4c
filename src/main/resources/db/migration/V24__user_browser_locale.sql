-- The locale of the browser a user last signed in from (a language tag such as fr-FR), for what reaches them outside
-- the app, their mails, when they chose no language. Kept out of the user's history: it changes at every sign-in.
alter table app_user add column browser_locale varchar(20);
