create table broken_first (id int primary key);
