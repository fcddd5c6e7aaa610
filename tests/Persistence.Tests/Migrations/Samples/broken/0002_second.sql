create table broken_second (id int primary key);
insert into no_such_table values (1);
