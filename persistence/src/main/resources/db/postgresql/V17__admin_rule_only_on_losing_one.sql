-- The "at least one active administrator" rule looked at the whole table after every change of any account,
-- so in a team register that has no administrator yet (people were added as reviewers and managers first)
-- every update was refused: a manager could not even create their signing key. Only a change that takes an
-- active administrator away (deactivates them, removes ADMIN from their roles, or deletes them) can leave the
-- register without one, so only such a change is checked, under the same lock as before.
CREATE OR REPLACE FUNCTION steward_keep_an_admin() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
BEGIN
    IF NOT (OLD.active AND (',' || OLD.roles || ',') LIKE '%,ADMIN,%') THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.active AND (',' || NEW.roles || ',') LIKE '%,ADMIN,%' THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('steward.app_user.admins'));
    IF NOT EXISTS (SELECT 1 FROM public.app_user u
                   WHERE u.active AND (',' || u.roles || ',') LIKE '%,ADMIN,%') THEN
        RAISE EXCEPTION 'the register must keep at least one active administrator' USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
END
$$;
