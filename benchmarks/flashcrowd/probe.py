"""How long each transaction holds an event's capacity lock, timed by PostgreSQL itself.

The benchmark's gunicorn servers (wsgi.py) append one statement to the lock batch of
participation.registrations.locking, right after `SELECT … FOR UPDATE` and in the same round
trip: it writes the transaction's id and clock_timestamp() — the moment the lock was granted —
into bench_lock_held. A deferred constraint trigger on that row runs when the transaction
commits and notes clock_timestamp() again: the lock is held from the first moment to a little
after the second (COMMIT still writes and flushes its WAL record, then releases the lock; that
flush is not in the figure). The probe's own INSERT and UPDATE add some tens of microseconds.
"""

SETUP_SQL = """
CREATE TABLE bench_lock_held (
    xid bigint PRIMARY KEY,
    locked_at timestamptz NOT NULL,
    released_at timestamptz
);
CREATE FUNCTION bench_lock_released() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE bench_lock_held SET released_at = clock_timestamp() WHERE xid = NEW.xid;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER bench_lock_released AFTER INSERT ON bench_lock_held
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bench_lock_released();
"""

PROBE = " INSERT INTO bench_lock_held (xid, locked_at) VALUES (txid_current(), clock_timestamp());"

FIGURES_SQL = """
SELECT count(*),
       percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (
           ORDER BY extract(epoch FROM released_at - locked_at) * 1000),
       max(extract(epoch FROM released_at - locked_at) * 1000)
FROM bench_lock_held WHERE released_at IS NOT NULL
"""


def set_up(connection) -> None:
    """Create the table and trigger (after migrate, before the servers take requests)."""
    with connection.cursor() as cursor:
        cursor.execute(SETUP_SQL)


def install() -> None:
    """In a server process: every lock batch also records when its lock was granted."""
    from participation.registrations import locking

    original = locking._locking_statements

    def with_probe(event_id: int) -> str:
        return original(event_id) + PROBE

    locking._locking_statements = with_probe


def figures(connection) -> dict:
    """Transactions timed, and the lock held per transaction in ms: p50, p95, p99, max."""
    with connection.cursor() as cursor:
        cursor.execute(FIGURES_SQL)
        count, percentiles, longest = cursor.fetchone()
    p50, p95, p99 = percentiles or (None, None, None)
    return {"count": count, "p50": p50, "p95": p95, "p99": p99, "max": longest}
