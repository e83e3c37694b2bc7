-- A jurisdiction's name as Serbian readers write it in Latin script (Dušanbe, Kirgistan), where one is known; optional.
alter table jurisdiction add column name_sr varchar(200);
