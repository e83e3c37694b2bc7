-- An account that signs in through its organisation's identity provider (OpenID Connect) only keeps no
-- password: its hash is null, and the password sign-in (form, HTTP Basic) refuses it.
alter table person alter column password_hash drop not null;
