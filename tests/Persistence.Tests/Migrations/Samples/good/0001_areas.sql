create table sample_areas (code text primary key, name text not null);
