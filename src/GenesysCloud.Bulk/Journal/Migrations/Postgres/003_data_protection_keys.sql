-- ASP.NET Core Data Protection key ring shared by every web instance, so a sign-in cookie works on any of them.
CREATE TABLE data_protection_keys (
    name text PRIMARY KEY, xml text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
