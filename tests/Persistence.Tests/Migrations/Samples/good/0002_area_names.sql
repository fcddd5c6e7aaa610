insert into sample_areas (code, name) values ('30', 'Tỉnh Đồng Tháp');
