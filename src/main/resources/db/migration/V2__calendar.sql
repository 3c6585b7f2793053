-- Working-day calendar (module: calendar). Only exceptions to the Mon–Fri rule are stored:
-- HOLIDAY = a statutory day off (放假), WORKDAY = a make-up working weekend day (调休上班).
create table calendar_notice (
    year         int primary key,
    document_no  varchar(100) not null,
    published_on date,
    entered_by   varchar(100) not null,
    entered_at   timestamptz not null default now()
);

create table calendar_day (
    day          date primary key,
    kind         varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name         varchar(50) not null,
    notice_year  int not null references calendar_notice (year) on delete cascade
);

-- 国务院办公厅 notices 2023–2026 (see docs/calendar.md and shared standards §4).
insert into calendar_notice (year, document_no, published_on, entered_by) values
    (2023, '国办发明电〔2022〕16号', '2022-12-08', 'migration'),
    (2024, '国办发明电〔2023〕7号', '2023-10-25', 'migration'),
    (2025, '国办发明电〔2024〕12号', '2024-11-12', 'migration'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日发布）', '2025-11-04', 'migration');

insert into calendar_day (day, kind, name, notice_year)
select d::date, 'HOLIDAY', h.name, h.year
from (values
    (2023, '元旦',   '2022-12-31', '2023-01-02'),
    (2023, '春节',   '2023-01-21', '2023-01-27'),
    (2023, '清明节', '2023-04-05', '2023-04-05'),
    (2023, '劳动节', '2023-04-29', '2023-05-03'),
    (2023, '端午节', '2023-06-22', '2023-06-24'),
    (2023, '中秋节、国庆节', '2023-09-29', '2023-10-06'),
    (2024, '元旦',   '2023-12-30', '2024-01-01'),
    (2024, '春节',   '2024-02-10', '2024-02-17'),
    (2024, '清明节', '2024-04-04', '2024-04-06'),
    (2024, '劳动节', '2024-05-01', '2024-05-05'),
    (2024, '端午节', '2024-06-08', '2024-06-10'),
    (2024, '中秋节', '2024-09-15', '2024-09-17'),
    (2024, '国庆节', '2024-10-01', '2024-10-07'),
    (2025, '元旦',   '2025-01-01', '2025-01-01'),
    (2025, '春节',   '2025-01-28', '2025-02-04'),
    (2025, '清明节', '2025-04-04', '2025-04-06'),
    (2025, '劳动节', '2025-05-01', '2025-05-05'),
    (2025, '端午节', '2025-05-31', '2025-06-02'),
    (2025, '国庆节、中秋节', '2025-10-01', '2025-10-08'),
    (2026, '元旦',   '2026-01-01', '2026-01-03'),
    (2026, '春节',   '2026-02-15', '2026-02-23'),
    (2026, '清明节', '2026-04-04', '2026-04-06'),
    (2026, '劳动节', '2026-05-01', '2026-05-05'),
    (2026, '端午节', '2026-06-19', '2026-06-21'),
    (2026, '中秋节', '2026-09-25', '2026-09-27'),
    (2026, '国庆节', '2026-10-01', '2026-10-07')
) as h(year, name, first_day, last_day),
generate_series(h.first_day::date, h.last_day::date, interval '1 day') as d;

insert into calendar_day (day, kind, name, notice_year) values
    ('2023-01-28', 'WORKDAY', '春节', 2023),
    ('2023-01-29', 'WORKDAY', '春节', 2023),
    ('2023-04-23', 'WORKDAY', '劳动节', 2023),
    ('2023-05-06', 'WORKDAY', '劳动节', 2023),
    ('2023-06-25', 'WORKDAY', '端午节', 2023),
    ('2023-10-07', 'WORKDAY', '中秋节、国庆节', 2023),
    ('2023-10-08', 'WORKDAY', '中秋节、国庆节', 2023),
    ('2024-02-04', 'WORKDAY', '春节', 2024),
    ('2024-02-18', 'WORKDAY', '春节', 2024),
    ('2024-04-07', 'WORKDAY', '清明节', 2024),
    ('2024-04-28', 'WORKDAY', '劳动节', 2024),
    ('2024-05-11', 'WORKDAY', '劳动节', 2024),
    ('2024-09-14', 'WORKDAY', '中秋节', 2024),
    ('2024-09-29', 'WORKDAY', '国庆节', 2024),
    ('2024-10-12', 'WORKDAY', '国庆节', 2024),
    ('2025-01-26', 'WORKDAY', '春节', 2025),
    ('2025-02-08', 'WORKDAY', '春节', 2025),
    ('2025-04-27', 'WORKDAY', '劳动节', 2025),
    ('2025-09-28', 'WORKDAY', '国庆节、中秋节', 2025),
    ('2025-10-11', 'WORKDAY', '国庆节、中秋节', 2025),
    ('2026-01-04', 'WORKDAY', '元旦', 2026),
    ('2026-02-14', 'WORKDAY', '春节', 2026),
    ('2026-02-28', 'WORKDAY', '春节', 2026),
    ('2026-05-09', 'WORKDAY', '劳动节', 2026),
    ('2026-09-20', 'WORKDAY', '国庆节', 2026),
    ('2026-10-10', 'WORKDAY', '国庆节', 2026);
