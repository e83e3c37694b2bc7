-- Failed sign-ins, counted per username and per client address: after too many within the lockout
-- period, sign-in is refused for that period. Kept in the database, not in a node's memory, so
-- that every node of a cluster counts and refuses alike.
create table login_attempt (
    kind          varchar(8)    not null,  -- USERNAME or ADDRESS
    login_key     varchar(200)  not null,  -- the username (lower case) or the client's IP address
    failures      integer       not null,  -- failures since window_start
    window_start  timestamp with time zone not null,
    locked_until  timestamp with time zone,
    primary key (kind, login_key)
);
