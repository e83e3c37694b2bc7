-- A jurisdiction's name as Russian readers write it (Душанбе, Кралево), where one is known; optional.
alter table jurisdiction add column name_ru varchar(200);
