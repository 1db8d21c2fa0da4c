-- The locale a user chose to read the app in (a language tag such as fr-FR); null follows the browser.
alter table app_user add column locale varchar(20);
